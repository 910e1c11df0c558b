import type { Field } from 'payload'

import { t } from '@platform'

/** The site form's widget panel: the iframe and script embed codes to copy, with a live preview (WidgetPanel.tsx). */
export const widgetPanelField: Field = {
  name: 'testimonialsWidget',
  type: 'ui',
  label: t('Testimonials on other websites', 'Opinie na innych stronach'),
  admin: { components: { Field: '/plugins/testimonials/widget/admin/WidgetPanel#WidgetPanel' } },
}
