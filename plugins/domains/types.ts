import type { PlatformPluginOptions } from '@platform'

/** No options yet: OVH's endpoint and keys come from env (README "Domains"). */
export type DomainsPluginOptions = PlatformPluginOptions
