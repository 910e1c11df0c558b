/**
 * What the widget's pieces agree on, free of imports so the admin's browser code can use it: the addresses and
 * the message the iframe page sends its embedding page.
 */

/** `postMessage` data from the iframe page: `{ type: HEIGHT_MESSAGE, height }` (px). */
export const HEIGHT_MESSAGE = 'testimonials-widget:height'

/** The iframe page (and, with `?format=json`, the data) of a site's widget; `.js` after it is the script embed. */
export const widgetPath = (identifier: string): string => `/api/public/sites/${encodeURIComponent(identifier)}/testimonials/widget`

/** The HTML id of the widget panel on a site's form, which the moderation view links to (`…/sites/<id>#…`). */
export const WIDGET_PANEL_ANCHOR = 'testimonials-widget'
