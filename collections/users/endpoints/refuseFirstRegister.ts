import type { Endpoint } from 'payload'

import { APIError } from 'payload'
import { say } from '../../../src/platform/i18n/requestLocale'
import { t } from '../../../src/platform/i18n/labels'

/**
 * Payload lets anyone create the first account of an empty database through
 * /api/users/first-register, and here that account could make itself staff.
 * The platform's first staff account comes from `npm run create-staff` on the
 * server instead (custom endpoints take precedence over Payload's own).
 */
export const refuseFirstRegister: Endpoint = {
  path: '/first-register',
  method: 'post',
  handler: (req) => {
    throw new APIError(
      say(
        req,
        t(
          'Create the first staff account on the server with `npm run create-staff`.',
          'Pierwsze konto obsługi utwórz na serwerze poleceniem `npm run create-staff`.',
        ),
      ),
      403,
    )
  },
}
