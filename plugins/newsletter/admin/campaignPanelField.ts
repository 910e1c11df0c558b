import type { Field } from 'payload'

import { t } from '@platform'

/** The campaign editor's preview (PL/EN, desktop/phone), test send and sending buttons, under the body fields. */
export const campaignPanelField: Field = {
  name: 'campaignPanel',
  type: 'ui',
  label: t('Preview and sending', 'Podgląd i wysyłka'),
  admin: { components: { Field: '/plugins/newsletter/admin/CampaignPanel#CampaignPanel' } },
}
