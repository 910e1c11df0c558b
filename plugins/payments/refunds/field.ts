import type { Field } from 'payload'

import { t } from '@platform'

/** The refund panel in a payment's sidebar; it renders only for those who may refund a refundable payment. */
export const refundActionField: Field = {
  name: 'refundAction',
  type: 'ui',
  label: t('Refund', 'Zwrot'),
  admin: { position: 'sidebar', components: { Field: '/plugins/payments/refunds/admin/RefundAction#RefundAction' } },
}
