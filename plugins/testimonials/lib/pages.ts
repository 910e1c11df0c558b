/**
 * The small page behind the emailed confirmation link, in the testimonial's language: the platform's private page
 * (`htmlPage`: no-store, `noindex`, no referrer, for the token is in the address) in its default look.
 */
import { htmlPage, messageHtml, type PageMessage } from '@platform'
import { polishPlural } from '@platform/format'
import type { FormLocale } from './formRules'

export const verifyPage = ({ locale, ...message }: PageMessage & { locale: FormLocale }, status = 200): Response =>
  htmlPage({ lang: locale, title: message.title, status, body: messageHtml(message) })

export const VERIFY_TEXTS = {
  pl: {
    confirmedTitle: 'Adres e-mail potwierdzony',
    confirmed: (site: string) => `Dziękujemy! Twoja opinia na stronie ${site} ma teraz oznaczenie „Potwierdzony adres e-mail”.`,
    pending: 'Zostanie opublikowana po zatwierdzeniu przez właściciela strony.',
    shown: 'Opinia jest już widoczna na stronie.',
    alreadyTitle: 'Adres był już potwierdzony',
    already: 'Ten link został już użyty i adres jest potwierdzony. Nie musisz robić nic więcej.',
    expiredTitle: 'Ten link wygasł',
    expired: (days: number) =>
      `Link potwierdzający działa przez ${days} ${polishPlural(days, { one: 'dzień', few: 'dni', many: 'dni' })} od wysłania opinii. Opinia pozostaje bez oznaczenia potwierdzonego adresu.`,
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
