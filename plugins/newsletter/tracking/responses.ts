/** The tracking endpoints' answers (pure): the pixel, and the page for a click link that is not the platform's. */
import { subscriberPage, type PageLocale } from '../lib/pages'

/** A 1×1 transparent GIF (43 bytes). */
export const PIXEL_GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64')

export const pixelResponse = (): Response =>
  new Response(new Uint8Array(PIXEL_GIF), {
    status: 200,
    headers: {
      'content-type': 'image/gif',
      'content-length': String(PIXEL_GIF.length),
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
      'x-robots-tag': 'noindex',
    },
  })

const BAD_LINK = {
  pl: {
    title: 'Ten link jest nieprawidłowy',
    text: 'Link z newslettera jest niepełny albo został zmieniony, więc nie przekierujemy Cię dalej. Skopiuj cały link z wiadomości albo otwórz stronę nadawcy samodzielnie.',
  },
  en: {
    title: 'This link is not valid',
    text: 'The newsletter link is incomplete or has been changed, so we will not send you on. Copy the whole link from the email, or open the sender’s website yourself.',
  },
}

/** 400: never a redirect for a link the platform did not sign. */
export const badLinkPage = (locale: PageLocale): Response => subscriberPage({ locale, title: BAD_LINK[locale].title, paragraphs: [BAD_LINK[locale].text] }, 400)

/** The signed destination as the Location header: a normalised http(s) address, or undefined. */
export const redirectTarget = (href: string): string | undefined => {
  if (!/^https?:\/\//i.test(href)) return undefined
  try {
    const url = new URL(href)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined
  } catch {
    return undefined
  }
}
