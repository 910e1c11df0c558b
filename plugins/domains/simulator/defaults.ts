import { DOMAINS_ACCESS_RULES } from '../ovh'

/**
 * The fake OVH's own application and consumer key, used by `npm run dev` when no OVH keys are set. Not secrets:
 * nothing real accepts them. The key has exactly the plugin's access rules, like a key made by the script.
 */
export const DEV_OVH_KEYS = {
  applicationKey: 'dev-ovh-application-key',
  applicationSecret: 'dev-ovh-application-secret',
  consumerKey: 'dev-ovh-consumer-key',
} as const

export const devConsumerKey = () => ({
  consumerKey: DEV_OVH_KEYS.consumerKey,
  applicationKey: DEV_OVH_KEYS.applicationKey,
  rules: [...DOMAINS_ACCESS_RULES],
})

/** Names the fake reports as registered (offered for transfer only), so searches show both answers. */
export const DEFAULT_TAKEN_DOMAINS = [
  'google.pl',
  'onet.pl',
  'allegro.pl',
  'example.com',
  'example.pl',
  'example.eu',
  'zajeta.pl',
  'coaching.pl',
  'coaching.com',
]
