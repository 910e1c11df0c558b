import type { Field } from 'payload'

import { t } from '@platform'

/** The site form's link to its Domain view, with the domain's state (SiteDomainPanel.tsx). */
export const siteDomainPanelField: Field = {
  name: 'domainsPanel',
  type: 'ui',
  label: t('Domain', 'Domena'),
  admin: { position: 'sidebar', components: { Field: '/plugins/domains/admin/SiteDomainPanel#SiteDomainPanel' } },
}
