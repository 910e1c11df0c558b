/**
 * The refused cancellation: setting `cancelled` on an event that is already over fails as a validation error on
 * `status`, in the admin's language (the admin shows it at the field; the API answers 400), and nothing changes.
 */
import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import { requestLocale } from '@platform'
import { cancellationRefusal } from './refusal'

export const refuseCancellingPastEvent: CollectionBeforeChangeHook = ({ collection, data, originalDoc, operation, req }) => {
  if (operation !== 'update' || data.status !== 'cancelled' || originalDoc?.status === 'cancelled') return data
  const message = cancellationRefusal(data.endDate ?? originalDoc?.endDate, new Date(), requestLocale(req))
  if (message) throw new ValidationError({ collection: collection.slug, errors: [{ path: 'status', message }], req }, req.t)
  return data
}
