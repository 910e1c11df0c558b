import { magicLinkEmail } from './magicLinkEmail'

const token = 'T'.repeat(43)
const base = { token, locale: 'en' as const, serverURL: 'https://p.test', ttlMs: 15 * 60_000 }

describe('magicLinkEmail', () => {
  it('makes the sign-in email with the link, and the sign-up email for a new address', () => {
    const link = { email: 'a@example.test', actionType: 'login' as const, expiresAt: '2026-03-29T00:45:00.000Z' }
    expect(magicLinkEmail({ ...base, link })).toEqual({
      to: 'a@example.test',
      template: 'magic-link-login',
      locale: 'en',
      data: {
        link: `https://p.test/api/users/magic-link/verify?token=${token}`,
        email: 'a@example.test',
        expiresInMinutes: 15,
        expiresIn: '15 minutes',
        expiresAt: '2026-03-29T00:45:00.000Z',
      },
    })
    expect(magicLinkEmail({ ...base, locale: 'pl', link: { ...link, actionType: 'signup' } })).toMatchObject({ template: 'magic-link-signup', locale: 'pl' })
  })

  it('says how long the link works with the Polish form the number takes (przez 1 minutę, 2 minuty, 15 minut)', () => {
    const link = { email: 'a@example.test', actionType: 'login' as const, expiresAt: '2026-03-29T00:45:00.000Z' }
    const phrase = (minutes: number) => magicLinkEmail({ ...base, locale: 'pl', ttlMs: minutes * 60_000, link })?.data.expiresIn
    expect([1, 2, 5, 12, 15, 22].map(phrase)).toEqual(['1 minutę', '2 minuty', '5 minut', '12 minut', '15 minut', '22 minuty'])
  })

  it('makes nothing for links other flows email', () => {
    const link = { email: 'a@example.test', expiresAt: '2026-03-29T00:45:00.000Z' }
    expect(magicLinkEmail({ ...base, link: { ...link, actionType: 'invitation' } })).toBeUndefined()
    expect(magicLinkEmail({ ...base, link: { ...link, actionType: 'email_change' } })).toBeUndefined()
  })
})
