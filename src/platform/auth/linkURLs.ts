/** The emailed links' addresses (pure): the browser tests and old emails rely on these exact shapes. */

/** Opens a sign-in or sign-up link: `GET /api/users/magic-link/verify?token=`. */
export const verifyURL = (serverURL: string, token: string) => `${serverURL}/api/users/magic-link/verify?token=${encodeURIComponent(token)}`

/** The invitation page, which accepts or (with `decline`) declines; `lang` is the language the page opens in (the email's). */
export const invitationPageURL = (serverURL: string, token: string, { decline = false, lang }: { decline?: boolean; lang?: 'pl' | 'en' } = {}) =>
  `${serverURL}/invitation?token=${encodeURIComponent(token)}${decline ? '&decline=1' : ''}${lang ? `&lang=${lang}` : ''}`
