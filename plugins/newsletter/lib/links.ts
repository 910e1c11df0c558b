/**
 * The subscriber's links (pure): confirm, preferences, one-click unsubscribe, and the List-Unsubscribe headers
 * every newsletter email carries (RFC 2369 + RFC 8058: an https link a mail app POSTs to, and a mailto).
 */
export const NEWSLETTER_API = '/api/public/newsletter'

const withToken = (serverURL: string, path: string, token: string) =>
  `${serverURL.replace(/\/+$/, '')}${NEWSLETTER_API}/${path}?token=${encodeURIComponent(token)}`

export const confirmUrl = (serverURL: string, token: string) => withToken(serverURL, 'confirm', token)
export const preferencesUrl = (serverURL: string, token: string) => withToken(serverURL, 'preferences', token)
export const unsubscribeUrl = (serverURL: string, token: string) => withToken(serverURL, 'unsubscribe', token)

/**
 * `List-Unsubscribe: <https://…/unsubscribe?token=…>, <mailto:…?subject=unsubscribe%20…>` and
 * `List-Unsubscribe-Post: List-Unsubscribe=One-Click`. The mailto goes to `mailbox`
 * (NEWSLETTER_UNSUBSCRIBE_MAILTO, else the sender), with the token in the subject for whoever handles it.
 */
export const listUnsubscribeHeaders = ({ serverURL, token, mailbox }: { serverURL: string; token: string; mailbox: string }): Record<string, string> => ({
  'List-Unsubscribe': `<${unsubscribeUrl(serverURL, token)}>, <mailto:${mailbox}?subject=${encodeURIComponent(`unsubscribe ${token}`)}>`,
  'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
})
