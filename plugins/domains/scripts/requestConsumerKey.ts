/**
 * Asks OVH for a consumer key with exactly the plugin's access rules (`POST /auth/credential`, signed by the
 * application key alone). OVH answers the key, pending, and the URL where the account's owner signs in and
 * validates it; until then every call with it is refused (INVALID_CREDENTIAL).
 */
import { createOvhClient, DOMAINS_ACCESS_RULES, ovhApi, resolveOvhEndpoint, type OvhCredentialRequest } from '../ovh'

export type ConsumerKeyRequest = {
  /** `ovh-eu`, `ovh-ca`, `ovh-us` or a URL (OVH_ENDPOINT). */
  endpoint?: string
  applicationKey: string
  /** Where OVH sends the owner after validating. */
  redirection?: string
  timeoutMs?: number
  fetch?: typeof fetch
}

export const requestConsumerKey = async ({
  endpoint,
  applicationKey,
  redirection,
  timeoutMs = 15_000,
  fetch,
}: ConsumerKeyRequest): Promise<OvhCredentialRequest> => {
  // The secret and a consumer key play no part in this call: OVH takes it with the application key alone.
  const client = createOvhClient({ endpoint: resolveOvhEndpoint(endpoint), applicationKey, applicationSecret: '', consumerKey: '', timeoutMs }, { fetch })
  return ovhApi(client).requestCredential({ accessRules: [...DOMAINS_ACCESS_RULES], redirection })
}
