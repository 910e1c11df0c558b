/**
 * `GET /api/payments/:id/receipt`: the receipt PDF of a paid payment, for whoever may read the payment (the
 * payer, the owner and admins of the site it was paid to, staff: readPayments). 401 signed out; 404 for anyone
 * else and for a payment that was never paid, so nobody learns which payments exist.
 */
import type { Endpoint } from 'payload'

import { jsonError, parseRecordId, say, t } from '@platform'

const NO_RECEIPT = t('No such receipt.', 'Nie ma takiego potwierdzenia płatności.')
import { loadReceipt } from '../receipts/loadReceipt'
import { receiptFilename, renderReceiptPdf } from '../receipts/renderReceiptPdf'
import { PAYMENTS } from '../types'

export const receiptEndpoint: Endpoint = {
  path: '/:id/receipt',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return jsonError(say(req, t('Sign in to download a receipt.', 'Zaloguj się, aby pobrać potwierdzenie płatności.')), 401)
    const id = parseRecordId(req.routeParams?.id)
    if (id === undefined) return jsonError(say(req, NO_RECEIPT), 404)
    const visible = await req.payload.findByID({ collection: PAYMENTS, id, depth: 0, disableErrors: true, overrideAccess: false, user: req.user })
    if (!visible) return jsonError(say(req, NO_RECEIPT), 404)
    const receipt = await loadReceipt(req.payload, visible.id)
    if (!receipt)
      return jsonError(say(req, t('No receipt yet: this payment has not been paid.', 'Nie ma jeszcze potwierdzenia – ta płatność nie została opłacona.')), 404)
    const pdf = await renderReceiptPdf(receipt)
    return new Response(new Uint8Array(pdf), {
      status: 200,
      headers: {
        'content-type': 'application/pdf',
        'content-disposition': `attachment; filename="${receiptFilename(receipt.number)}"`,
        'cache-control': 'private, no-store',
      },
    })
  },
}
