import { nobodyField } from '@platform'

/** Kept by the platform only (the public endpoints, jobs, hooks): shown, never written over the API. */
export const systemOnly = { create: nobodyField, update: nobodyField }
/** Token hashes and seeds: nobody reads or writes them over the API. */
export const secret = { read: nobodyField, create: nobodyField, update: nobodyField }

/** How dates read in the admin (date-fns in the admin's language): `30 listopada 2026, 14:42`. */
export const DAY_AND_TIME = 'd MMMM yyyy, HH:mm'
