/**
 * Answers the platform's endpoints give again and again, in both languages: `say(req, MESSAGES.signIn)`
 * (src/platform/i18n/requestLocale.ts picks the caller's language: the admin's language cookie, then
 * Accept-Language, then the account's language).
 */
import { t } from './labels'

export const MESSAGES = {
  signIn: t('Sign in first.', 'Najpierw się zaloguj.'),
  notFound: t('Not found.', 'Nie znaleziono.'),
  siteNotFound: t('Site not found.', 'Nie znaleziono strony.'),
  roleForbids: t('Your role on this site does not allow this.', 'Twoja rola na tej stronie na to nie pozwala.'),
  staffOnly: t('Only platform staff may do this.', 'Może to zrobić tylko obsługa platformy.'),
  sendJsonType: t('Send the body as application/json.', 'Wyślij treść jako application/json.'),
  sendJson: t('Send a JSON body.', 'Wyślij treść w formacie JSON.'),
  sendJsonObject: t('Send a JSON object.', 'Wyślij obiekt JSON.'),
}
