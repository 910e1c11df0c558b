/**
 * Sample values of the domains plugin's templates, for the email preview and the template checks
 * (`emailSampleData`). Every key is the plugin's own (`dns…`; `siteName` is the core's).
 */
import type { EmailSampleData } from '@platform'

export const domainsSampleData: EmailSampleData = ({ locale, publicURL }) => ({
  dnsOwnerName: 'Anna',
  dnsDomain: 'kowalska-coaching.pl',
  dnsSiteUrl: 'https://kowalska-coaching.pl',
  dnsOrderUrl: `${publicURL}/admin/domains?order=1`,
  dnsError:
    locale === 'pl'
      ? 'www.kowalska-coaching.pl wskazuje na 213.186.33.5, a powinien tylko na platformę (203.0.113.10). Usuń pozostałe rekordy.'
      : 'www.kowalska-coaching.pl points at 213.186.33.5, but should point only at the platform (203.0.113.10). Remove the other records.',
})
