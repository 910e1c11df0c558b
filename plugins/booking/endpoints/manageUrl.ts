/**
 * The link a client gets to see, cancel or move their booking: the manage page
 * (src/app/(sites)/bookings/[token]) on the platform's own host. Not under
 * `/s/<identifier>/`, which the public-site renderer serves before Next (a
 * booking path there would be read as a page of the site).
 */
export const manageUrl = (serverURL: string, token: string): string => `${serverURL.replace(/\/$/, '')}/bookings/${token}`
