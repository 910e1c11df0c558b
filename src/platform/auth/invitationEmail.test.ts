import { invitationEmail, inviterName } from './invitationEmail'

const token = 'T'.repeat(43)

describe('invitationEmail', () => {
  it('makes the invitation with the accept and decline links, in the recipient language', () => {
    const email = invitationEmail({
      member: { email: 'ola@example.test', firstName: 'Ola', permissionRole: 'host' },
      token,
      siteName: 'Studio',
      inviter: 'Marek Nowak',
      locale: 'pl',
      serverURL: 'https://p.test',
      ttlMs: 7 * 86_400_000,
    })
    expect(email).toEqual({
      to: 'ola@example.test',
      template: 'team-invitation',
      locale: 'pl',
      data: {
        link: `https://p.test/invitation?token=${token}&lang=pl`,
        declineLink: `https://p.test/invitation?token=${token}&decline=1&lang=pl`,
        email: 'ola@example.test',
        firstName: 'Ola',
        siteName: 'Studio',
        inviterName: 'Marek Nowak',
        roleName: 'prowadzący',
        expiresInDays: 7,
        invitationValidFor: '7 dni',
      },
    })
  })

  it('leaves out a missing first name', () => {
    const email = invitationEmail({
      member: { email: 'x@example.test', firstName: null, permissionRole: 'viewer' },
      token,
      siteName: 'S',
      inviter: 'I',
      locale: 'en',
      serverURL: 'https://p.test',
      ttlMs: 86_400_000,
    })
    expect(email.data).toMatchObject({
      firstName: '',
      roleName: 'viewer (read only)',
      expiresInDays: 1,
      invitationValidFor: '1 day',
      link: `https://p.test/invitation?token=${token}&lang=en`,
    })
  })

  it('names the read-only role as a person has it in Polish ("w roli: obserwator", not "podgląd")', () => {
    const member = { email: 'x@example.test', firstName: null, permissionRole: 'viewer' as const }
    const email = invitationEmail({ member, token, siteName: 'S', inviter: 'I', locale: 'pl', serverURL: 'https://p.test', ttlMs: 86_400_000 })
    expect(email.data).toMatchObject({ roleName: 'obserwator (tylko odczyt)', invitationValidFor: '1 dzień' })
  })
})

describe('inviterName', () => {
  it('is the full name, else the address, else the platform', () => {
    expect(inviterName({ firstName: 'Marek', lastName: 'Nowak', email: 'm@example.test' })).toBe('Marek Nowak')
    expect(inviterName({ firstName: 'Marek', lastName: null, email: 'm@example.test' })).toBe('Marek')
    expect(inviterName({ email: 'm@example.test' })).toBe('m@example.test')
    expect(inviterName(undefined)).toBe('Platforma')
  })
})
