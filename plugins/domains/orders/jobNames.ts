/** The plugin's ordering jobs (jobs.ts defines them). */
export const PLACE_ORDER_JOB = 'domains.place-order'
export const FOLLOW_ORDER_JOB = 'domains.follow-order'
export const SWEEP_ORDERS_JOB = 'domains.sweep-orders'
