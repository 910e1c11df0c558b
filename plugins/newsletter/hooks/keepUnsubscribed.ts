/**
 * Consent belongs to the subscriber: a person working in the admin or the API may stop a subscription
 * (`isActive` off), but never start it again once it was stopped. Only the subscriber does that, by signing up
 * again on the site (the public endpoints act with no signed-in user), which asks for confirmation again.
 */
import type { CollectionBeforeChangeHook } from 'payload'

import { APIError } from 'payload'

import { requestLocale } from '@platform'

const MESSAGE = {
  pl: 'Tej osoby nie można ponownie zapisać: wypisała się lub została wypisana. Może zapisać się sama, formularzem na stronie.',
  en: 'This person cannot be subscribed again here: they unsubscribed or were unsubscribed. They can sign up again themselves with the form on the site.',
}

export const keepUnsubscribed: CollectionBeforeChangeHook = ({ req, data, originalDoc, operation }) => {
  if (operation !== 'update' || !req.user) return data
  if (originalDoc?.isActive === false && data.isActive === true) throw new APIError(MESSAGE[requestLocale(req)], 403, undefined, true)
  return data
}
