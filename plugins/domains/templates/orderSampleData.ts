/** Preview values of the domains plugin's email templates (admin previews and the template checks). */
import type { EmailSampleData } from '@platform'
import { orderErrorMessage } from '../orders/errors'

export const domainsEmailSampleData: EmailSampleData = ({ locale, publicURL }) => ({
  domainRecipientName: 'Anna',
  domainName: 'kowalska-coaching.pl',
  domainErrorMessage: orderErrorMessage(
    {
      step: 'checkout',
      kind: 'ovh',
      ovhKind: 'bad-request',
      ovh: { status: 400, ovhMessage: 'Missing configuration OWNER_CONTACT for item 100000001', call: 'POST /order/cart/*/checkout' },
    },
    locale,
  ),
  domainOrderUrl: `${publicURL}/admin/domains?order=12`,
})
