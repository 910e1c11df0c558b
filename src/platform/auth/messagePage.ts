/**
 * The small bilingual HTML pages a browser gets from an emailed link that
 * cannot be used (used, expired, tampered, revoked): a clear message and a way
 * on, never a stack trace or a JSON error.
 */
import { escapeHtml } from '../http/escapeHtml'
import { htmlPage } from '../http/htmlPage'

export type PageMessage = { titlePl: string; titleEn: string; bodyPl: string; bodyEn: string }

const STYLE =
  'body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;line-height:1.5;color:#222}' +
  'section+section{border-top:1px solid #ddd;margin-top:1.5rem;padding-top:1rem}' +
  'a.button{display:inline-block;padding:.5rem 1rem;background:#222;color:#fff;text-decoration:none;border-radius:4px}'

/** The message in Polish, then in English, with a way on (by default: ask for a new sign-in link). */
export const messagePage = (
  message: PageMessage,
  status: number,
  { action = { href: '/admin/login', pl: 'Poproś o nowy link', en: 'Ask for a new link' } } = {},
): Response =>
  htmlPage({
    lang: 'pl',
    title: `${message.titlePl} · ${message.titleEn}`,
    style: STYLE,
    status,
    body:
      `<section lang="pl"><h1>${escapeHtml(message.titlePl)}</h1><p>${escapeHtml(message.bodyPl)}</p><p><a class="button" href="${escapeHtml(action.href)}">${escapeHtml(action.pl)}</a></p></section>\n` +
      `<section lang="en"><h2>${escapeHtml(message.titleEn)}</h2><p>${escapeHtml(message.bodyEn)}</p><p><a href="${escapeHtml(action.href)}">${escapeHtml(action.en)}</a></p></section>`,
  })

export const PAGES = {
  invalid: {
    titlePl: 'Ten link jest nieprawidłowy',
    titleEn: 'This link is not valid',
    bodyPl: 'Link jest niekompletny lub został zmieniony. Skopiuj cały link z wiadomości albo poproś o nowy.',
    bodyEn: 'The link is incomplete or was altered. Copy the whole link from the email, or ask for a new one.',
  },
  used: {
    titlePl: 'Ten link został już użyty',
    titleEn: 'This link has already been used',
    bodyPl: 'Każdy link działa tylko raz. Poproś o nowy link, aby się zalogować.',
    bodyEn: 'Each link works only once. Ask for a new link to sign in.',
  },
  expired: {
    titlePl: 'Ten link wygasł',
    titleEn: 'This link has expired',
    bodyPl: 'Link był ważny tylko przez ograniczony czas albo zastąpił go nowszy. Poproś o nowy link.',
    bodyEn: 'The link worked for a limited time only, or a newer one replaced it. Ask for a new link.',
  },
  inactive: {
    titlePl: 'Konto jest nieaktywne',
    titleEn: 'This account is deactivated',
    bodyPl: 'Skontaktuj się z obsługą platformy.',
    bodyEn: 'Please contact the platform support.',
  },
  revoked: {
    titlePl: 'To zaproszenie nie jest już aktualne',
    titleEn: 'This invitation is no longer valid',
    bodyPl: 'Zaproszenie zostało wycofane, odrzucone lub już przyjęte. Poproś osobę zapraszającą o nowe.',
    bodyEn: 'The invitation was revoked, declined or already accepted. Ask the person who invited you for a new one.',
  },
} satisfies Record<string, PageMessage>
