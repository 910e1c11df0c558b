/** The demo accounts and sites `npm run dev` starts with. */
import { plainTextToLexical } from '../auth/termsContent'

export const DEMO_PASSWORD = process.env.SEED_PASSWORD ?? 'demo-password-2026'

export const demoTerms = {
  version: '2026-01',
  effectiveDate: '2026-01-01T00:00:00.000Z',
  contentPl: plainTextToLexical(
    '§ 1. Postanowienia ogólne\nRegulamin określa zasady świadczenia usług drogą elektroniczną (wersja demonstracyjna).\n\n§ 2. Konto\nKonto zakłada się przez link wysłany e-mailem.',
  ),
  contentEn: plainTextToLexical(
    '§ 1. General provisions\nThese terms set out how electronic services are provided (demo version).\n\n§ 2. Account\nAn account is created through a link sent by email.',
  ),
}

export const demoStaff = { email: 'staff@example.com', firstName: 'Zofia', lastName: 'Nowak', accountType: 'individual' as const, locale: 'pl' as const }

export const demoOwners = [
  {
    /** How a plugin's demo seed names this site (`demoSite(context, 'coach')`). */
    key: 'coach' as const,
    user: { email: 'anna@example.com', firstName: 'Anna', lastName: 'Kowalska', accountType: 'individual' as const, locale: 'pl' as const },
    site: { name: 'Anna Kowalska Coaching', identifier: 'anna-coaching' },
    /** The starter (templates/sites/<name>.json) the site is built from and published with. */
    template: 'coach',
    clients: [{ email: 'jan@example.org', firstName: 'Jan', lastName: 'Wiśniewski' }],
  },
  {
    key: 'studio' as const,
    user: { email: 'marek@example.com', firstName: 'Marek', lastName: 'Zieliński', accountType: 'studio' as const, locale: 'en' as const },
    site: { name: 'Studio Ruchu Marek', identifier: 'studio-ruchu' },
    template: 'yoga-studio',
    clients: [{ email: 'ola@example.org', firstName: 'Ola', lastName: 'Lewandowska' }],
  },
]

export const demoTeamMember = {
  user: { email: 'ewa@example.com', firstName: 'Ewa', lastName: 'Dąbrowska', accountType: 'team_member' as const, locale: 'pl' as const },
  siteIdentifier: 'anna-coaching',
  role: 'editor' as const,
}
