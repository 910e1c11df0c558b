/**
 * How the fake OVH authenticates a call, in OVH's order and with OVH's answers: the application key
 * (403 INVALID_KEY "Invalid application key"), the consumer key (403 INVALID_CREDENTIAL "This credential does not
 * exist" / "This credential is not valid"), the timestamp (400 QUERY_TIME_OUT "Query out of time" beyond the
 * allowed skew), the signature recomputed over the URL and body received (400 INVALID_SIGNATURE "Invalid
 * signature"), and the key's access rules (403 NOT_GRANTED_CALL "This call has not been granted"). Pure.
 */
import { ovhSignature, rulesAllow, signaturesMatch, type OvhAccessRule } from '../ovh'

export type FakeCredential = {
  consumerKey: string
  applicationKey: string
  rules: OvhAccessRule[]
  state: 'pendingValidation' | 'validated' | 'refused'
  /** The token in the validation URL. */
  credentialToken: string
  redirection?: string
}

export type OvhFailure = { status: number; errorCode: string; message: string }

const HTTP_TEXT: Record<number, string> = { 400: '400 Bad Request', 401: '401 Unauthorized', 403: '403 Forbidden', 404: '404 Not Found', 409: '409 Conflict' }

/** OVH's error body. */
export const errorBody = (failure: OvhFailure) => ({
  errorCode: failure.errorCode,
  httpCode: HTTP_TEXT[failure.status] ?? `${failure.status}`,
  message: failure.message,
})

export type AuthInput = {
  headers: Record<string, string | string[] | undefined>
  method: string
  /** The URL as received: `http://<Host><request target>`. */
  fullUrl: string
  /** The API path without `/1.0` and query, for the access rules. */
  path: string
  body: string
  /** The fake's clock, seconds. */
  serverTime: number
  maxSkewSeconds: number
  applications: ReadonlyMap<string, string>
  credentials: ReadonlyMap<string, FakeCredential>
}

const header = (headers: AuthInput['headers'], name: string): string => {
  const value = headers[name.toLowerCase()]
  return (Array.isArray(value) ? value[0] : value) ?? ''
}

/** The application key of a call that needs only that (`POST /auth/credential`), or why not. */
export const checkApplication = (input: Pick<AuthInput, 'headers' | 'applications'>): { applicationKey: string } | OvhFailure => {
  const applicationKey = header(input.headers, 'X-Ovh-Application')
  if (!applicationKey || !input.applications.has(applicationKey)) return { status: 403, errorCode: 'INVALID_KEY', message: 'Invalid application key' }
  return { applicationKey }
}

/** The credential of a signed call, or OVH's refusal. */
export const checkSignedCall = (input: AuthInput): { credential: FakeCredential } | OvhFailure => {
  const application = checkApplication(input)
  if ('errorCode' in application) return application
  const consumerKey = header(input.headers, 'X-Ovh-Consumer')
  if (!consumerKey) return { status: 403, errorCode: 'NOT_CREDENTIAL', message: 'You must login first' }
  const credential = input.credentials.get(consumerKey)
  if (!credential || credential.applicationKey !== application.applicationKey)
    return { status: 403, errorCode: 'INVALID_CREDENTIAL', message: 'This credential does not exist' }
  if (credential.state !== 'validated') return { status: 403, errorCode: 'INVALID_CREDENTIAL', message: 'This credential is not valid' }
  const timestamp = header(input.headers, 'X-Ovh-Timestamp')
  if (!/^\d{1,12}$/.test(timestamp) || Math.abs(Number(timestamp) - input.serverTime) > input.maxSkewSeconds)
    return { status: 400, errorCode: 'QUERY_TIME_OUT', message: 'Query out of time' }
  const expected = ovhSignature({
    applicationSecret: input.applications.get(application.applicationKey)!,
    consumerKey,
    method: input.method,
    url: input.fullUrl,
    body: input.body,
    timestamp,
  })
  if (!signaturesMatch(header(input.headers, 'X-Ovh-Signature'), expected)) return { status: 400, errorCode: 'INVALID_SIGNATURE', message: 'Invalid signature' }
  if (!rulesAllow(credential.rules, input.method, input.path)) return { status: 403, errorCode: 'NOT_GRANTED_CALL', message: 'This call has not been granted' }
  return { credential }
}
