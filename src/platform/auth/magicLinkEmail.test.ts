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
        expiresAt: '2026-03-29T00:45:00.000Z',
      },
    })
    expect(magicLinkEmail({ ...base, locale: 'pl', link: { ...link, actionType: 'signup' } })).toMatchObject({ template: 'magic-link-signup', locale: 'pl' })
  })

  it('makes nothing for links other flows email', () => {
    const link = { email: 'a@example.test', expiresAt: '2026-03-29T00:45:00.000Z' }
    expect(magicLinkEmail({ ...base, link: { ...link, actionType: 'invitation' } })).toBeUndefined()
    expect(magicLinkEmail({ ...base, link: { ...link, actionType: 'email_change' } })).toBeUndefined()
  })
})
