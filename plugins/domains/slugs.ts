import { t } from '@platform'

/** Collection slug of the domains plugin. */
export const DOMAIN_ORDERS = 'domain-orders'

/** The plugin's collection sits in its own group in the admin's navigation. */
export const GROUP = t('Domains', 'Domeny')

/** A domain bought through the platform (OVH) or one the owner already has. */
export const KINDS = ['purchase', 'own'] as const
export type DomainKind = (typeof KINDS)[number]

/**
 * Where a domain order stands. Purchase: pending_payment → ordering (OVH cart to checkout) → registering (OVH's
 * order walking to delivered) → configuring_dns → verifying → live. Own domain: awaiting_dns → verifying → live.
 * Either may end in `failed` (retry possible) or `cancelled`.
 */
export const STATUSES = ['pending_payment', 'ordering', 'registering', 'awaiting_dns', 'configuring_dns', 'verifying', 'live', 'failed', 'cancelled'] as const
export type DomainOrderStatus = (typeof STATUSES)[number]

/** The steps a domain goes through, each with its own state on the order (`steps`). */
export const STEPS = ['payment', 'cart', 'item', 'assign', 'configuration', 'checkout', 'delivery', 'dns', 'refresh', 'verification'] as const
export type DomainStep = (typeof STEPS)[number]

export const STEP_STATES = ['pending', 'running', 'done', 'failed'] as const
export type StepState = (typeof STEP_STATES)[number]

/** Which of the two names the other redirects to. */
export const REDIRECTS = ['www-to-apex', 'apex-to-www'] as const
export type RedirectPreference = (typeof REDIRECTS)[number]

/** The extensions searched for alternatives, in the order offered. */
export const SEARCH_EXTENSIONS = ['pl', 'com', 'eu', 'com.pl'] as const
