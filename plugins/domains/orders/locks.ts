/**
 * The plugin's lock keys (lockForTransaction), in one place so every part takes the same ones:
 * - `nameLock`: whoever attaches a name to a site (an order, a connected domain) checks and writes under it, so
 *   two parallel requests for one name make one order (the unique index on `domainName` stands behind it);
 * - `orderLock`: every change of one order (listeners, jobs, the retry endpoint) re-reads it under this;
 * - `orderRunLock`: held by the ordering job for its whole run, so two runs for one order never overlap.
 */
export const nameLock = (asciiName: string) => `domains:name:${asciiName.toLowerCase()}`
export const orderLock = (orderId: number | string) => `domains:order:${String(orderId)}`
export const orderRunLock = (orderId: number | string) => `domains:order-run:${String(orderId)}`
