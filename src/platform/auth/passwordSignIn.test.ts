import { hasPassword, loginEmail, signInKeys } from './passwordSignIn'

describe('loginEmail', () => {
  it('looks the address up as Payload does, and has nothing to look up otherwise', () => {
    expect(loginEmail('  Anna@Example.COM ')).toBe('anna@example.com')
    for (const value of [undefined, null, '', '   ', 42, { email: 'a@b.c' }]) expect(loginEmail(value)).toBeUndefined()
  })
})

describe('signInKeys', () => {
  const keys = (email: string | undefined, ipHash = 'ip-1', secret = 's') => signInKeys({ secret, ipHash, email })

  it('keys the account per IP, with no address in the key', () => {
    expect(keys('anna@example.com').ip).toBe('ip-1')
    expect(keys('anna@example.com').accountIp).toMatch(/^[0-9a-f]{64}:ip-1$/)
    expect(keys('anna@example.com').accountIp).not.toContain('anna')
  })

  it('gives the same account another key from another IP, so the owner elsewhere keeps their budget', () => {
    expect(keys('anna@example.com', 'ip-1').accountIp).not.toBe(keys('anna@example.com', 'ip-2').accountIp)
    expect(keys('anna@example.com', 'ip-1').accountIp).toBe(keys('anna@example.com', 'ip-1').accountIp)
    expect(keys('bob@example.com', 'ip-1').accountIp).not.toBe(keys('anna@example.com', 'ip-1').accountIp)
  })

  it('counts only the IP when no address was given', () => {
    expect(keys(undefined)).toEqual({ ip: 'ip-1', accountIp: undefined })
  })
})

describe('hasPassword', () => {
  it('is true only with both a hash and a salt, as Payload checks', () => {
    expect(hasPassword({ hash: 'h', salt: 's' })).toBe(true)
    for (const user of [null, undefined, {}, { hash: 'h' }, { salt: 's' }, { hash: null, salt: null }]) expect(hasPassword(user)).toBe(false)
  })
})
