import { t } from '@platform'

/** Collection slugs of the testimonials plugin. */
export const TESTIMONIALS = 'testimonials'
export const SUMMARIES = 'testimonial-summaries'
/** Invitations after attended sessions (one per client and session) and the addresses that asked not to be invited again. */
export const REQUESTS = 'testimonial-requests'
export const OPT_OUTS = 'testimonial-opt-outs'

/** The plugin's collections sit together in the admin's navigation. */
export const GROUP = t('Client feedback', 'Opinie klientów')

/** A testimonial's moderation state: only `approved` ones are ever shown, summarized or embedded. */
export const STATUSES = ['pending', 'approved', 'rejected'] as const
export type TestimonialStatus = (typeof STATUSES)[number]

/** Where a testimonial came from: the public form, an invitation after a session, a CSV import, or typed in by the owner. */
export const SOURCES = ['form', 'invited', 'imported', 'manual'] as const
export type TestimonialSource = (typeof SOURCES)[number]

export const RATINGS = [1, 2, 3, 4, 5] as const

/** Length limits shared by the collection, the public form and the import. */
export const LIMITS = { authorName: 100, content: 2000, reply: 1000 } as const
