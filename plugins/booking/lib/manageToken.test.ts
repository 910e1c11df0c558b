import { hashToken, isWellFormedToken } from '@platform'
import { createManageToken, recreateManageToken } from './manageToken'

describe('management tokens', () => {
  it('makes a well-formed token whose hash is stored, and a fresh one each time', () => {
    const first = createManageToken('secret-a')
    const second = createManageToken('secret-a')
    expect(isWellFormedToken(first.token)).toBe(true)
    expect(first.hash).toBe(hashToken(first.token))
    expect(first.token).not.toBe(second.token)
    expect(first.seed).not.toBe(second.seed)
  })

  it('re-creates the same token from the seed with the same secret', () => {
    const made = createManageToken('secret-a')
    expect(recreateManageToken('secret-a', made.seed, made.hash)).toBe(made.token)
  })

  it('gives nothing with another secret, another hash, or a missing seed (the database alone is not enough)', () => {
    const made = createManageToken('secret-a')
    expect(recreateManageToken('secret-b', made.seed, made.hash)).toBeUndefined()
    expect(recreateManageToken('secret-a', made.seed, hashToken('x'))).toBeUndefined()
    expect(recreateManageToken('secret-a', undefined, made.hash)).toBeUndefined()
    expect(recreateManageToken('secret-a', made.seed, null)).toBeUndefined()
  })

  it('refuses to make a token without a secret', () => {
    expect(() => createManageToken('')).toThrow(/secret/)
  })
})
