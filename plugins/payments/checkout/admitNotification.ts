/**
 * Whether a P24 notification (of a payment or a refund) may be heard at all, before its body is read: payments
 * configured (without P24 settings no payment was ever registered, so nothing can be for this platform: 404,
 * like an unknown session) and, with P24_NOTIFY_IPS, an address on the list (403, logged).
 */
import type { PayloadRequest } from 'payload'

import { clientIp, jsonError, say, t } from '@platform'
import { ipAllowed } from './match'
import { readPaymentsSettings, type PaymentsSettings } from './settings'

export const admitNotification = (req: PayloadRequest, what: string): { settings: PaymentsSettings; ip: string } | Response => {
  const settings = readPaymentsSettings(process.env)
  if (!settings) return jsonError(say(req, t('Payments are not configured.', 'Płatności nie są skonfigurowane.')), 404)
  const ip = clientIp(req)
  if (!ipAllowed(ip, settings.notifyIps)) {
    req.payload.logger.warn({ msg: `${what} from an address not on P24_NOTIFY_IPS`, ip })
    return jsonError(say(req, t('This address may not send payment notifications.', 'Ten adres nie może wysyłać powiadomień o płatnościach.')), 403)
  }
  return { settings, ip }
}
