/**
 * The small page behind the emailed confirmation link (pure), in the testimonial's language: plain HTML with
 * inline styles (no scripts, no CDN), escaped values, `noindex`, no referrer (the token is in the address).
 */
import type { FormLocale } from './formRules'

export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')

const STYLE =
  'body{font-family:system-ui,sans-serif;max-width:34rem;margin:4rem auto;padding:0 1rem;line-height:1.5;color:#1f2937}' +
  'h1{font-size:1.5rem}a{color:#1d4ed8}.site{color:#6b7280}'

export type PageContent = { locale: FormLocale; title: string; paragraphs: string[]; siteName?: string; link?: { href: string; label: string } }

export const renderPage = ({ locale, title, paragraphs, siteName, link }: PageContent): string => `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${siteName ? `<p class="site">${escapeHtml(siteName)}</p>\n` : ''}<h1>${escapeHtml(title)}</h1>
${paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('\n')}
${link ? `<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></p>` : ''}
</main>
</body>
</html>
`

export const htmlPage = (content: PageContent, status = 200): Response =>
  new Response(renderPage(content), {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
      'x-robots-tag': 'noindex',
    },
  })

export const VERIFY_TEXTS = {
  pl: {
    confirmedTitle: 'Adres e-mail potwierdzony',
    confirmed: (site: string) => `Dziękujemy! Twoja opinia na stronie ${site} ma teraz oznaczenie „Potwierdzony adres e-mail”.`,
    pending: 'Zostanie opublikowana po zatwierdzeniu przez właściciela strony.',
    shown: 'Opinia jest już widoczna na stronie.',
    alreadyTitle: 'Adres był już potwierdzony',
    already: 'Ten link został już użyty i adres jest potwierdzony. Nie musisz robić nic więcej.',
    expiredTitle: 'Ten link wygasł',
    expired: (days: number) => `Link potwierdzający działa przez ${days} dni od wysłania opinii. Opinia pozostaje bez oznaczenia potwierdzonego adresu.`,
    invalidTitle: 'Ten link jest nieprawidłowy',
    invalid: 'Link jest niekompletny albo został zmieniony. Skopiuj cały link z wiadomości e-mail.',
    toSite: 'Przejdź na stronę',
  },
  en: {
    confirmedTitle: 'Email address confirmed',
    confirmed: (site: string) => `Thank you! Your testimonial about ${site} now carries the "Verified email" badge.`,
    pending: 'It will appear on the site once the site owner approves it.',
    shown: 'Your testimonial is already on the site.',
    alreadyTitle: 'This address was already confirmed',
    already: 'This link has been used and the address is confirmed. There is nothing more to do.',
    expiredTitle: 'This link has expired',
    expired: (days: number) =>
      `The confirmation link works for ${days} days after the testimonial was sent. The testimonial stays without the verified-email badge.`,
    invalidTitle: 'This link is not valid',
    invalid: 'The link is incomplete or was altered. Copy the whole link from the email.',
    toSite: 'Go to the website',
  },
} as const
