/**
 * `npm run ovh:consumer-key [-- --redirect https://…]`: requests the domains plugin's OVH consumer key.
 * Needs OVH_APPLICATION_KEY (and OVH_ENDPOINT unless ovh-eu). Prints the access rules asked for, the URL where
 * the OVH account's owner validates the key, and the key to put in OVH_CONSUMER_KEY once validated.
 */
import { DOMAINS_ACCESS_RULES, isOvhError } from '../ovh'
import { requestConsumerKey } from './requestConsumerKey'

const argument = (name: string) => {
  const index = process.argv.indexOf(name)
  return index === -1 ? undefined : process.argv[index + 1]
}

const applicationKey = process.env.OVH_APPLICATION_KEY?.trim()
if (!applicationKey) {
  console.error('Set OVH_APPLICATION_KEY (create an application at https://eu.api.ovh.com/createApp/ for ovh-eu) and OVH_ENDPOINT if not ovh-eu.')
  process.exit(1)
}

try {
  const credential = await requestConsumerKey({ endpoint: process.env.OVH_ENDPOINT, applicationKey, redirection: argument('--redirect') })
  console.log(`Access rules requested (exactly what the domains plugin calls):
${DOMAINS_ACCESS_RULES.map((rule) => `  ${rule.method.padEnd(6)} ${rule.path}`).join('\n')}

1. Open this address, sign in with the OVH account that pays for the domains and validate the key:
   ${credential.validationUrl}
2. Then set:
   OVH_CONSUMER_KEY=${credential.consumerKey}
(state now: ${credential.state})`)
} catch (error) {
  console.error(isOvhError(error) ? error.userMessage('en') : (error as Error).message)
  process.exit(1)
}
