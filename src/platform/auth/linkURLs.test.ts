import { invitationPageURL, verifyURL } from './linkURLs'

const token = 'A'.repeat(40) + '-_x'

describe('emailed link addresses', () => {
  it('keep the shapes the pages and earlier emails use', () => {
    expect(verifyURL('https://p.test', token)).toBe(`https://p.test/api/users/magic-link/verify?token=${token}`)
    expect(invitationPageURL('https://p.test', token)).toBe(`https://p.test/invitation?token=${token}`)
    expect(invitationPageURL('https://p.test', token, { decline: true })).toBe(`https://p.test/invitation?token=${token}&decline=1`)
    // The page opens in the email's language.
    expect(invitationPageURL('https://p.test', token, { lang: 'en' })).toBe(`https://p.test/invitation?token=${token}&lang=en`)
    expect(invitationPageURL('https://p.test', token, { decline: true, lang: 'pl' })).toBe(`https://p.test/invitation?token=${token}&decline=1&lang=pl`)
  })

  it('escape what a token should never hold', () => {
    expect(verifyURL('https://p.test', 'a&b=c')).toBe('https://p.test/api/users/magic-link/verify?token=a%26b%3Dc')
  })
})
