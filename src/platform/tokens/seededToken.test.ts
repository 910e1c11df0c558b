import { hashToken, isWellFormedToken } from './tokens'
import { createSeededToken, recreateSeededToken } from './seededToken'

const purpose = 'magic-link'

describe('seeded tokens', () => {
  it('are well formed, stored as their hash, and fresh each time', () => {
    const first = createSeededToken({ secret: 'secret-a', purpose })
    const second = createSeededToken({ secret: 'secret-a', purpose })
    expect(isWellFormedToken(first.token)).toBe(true)
    expect(first.hash).toBe(hashToken(first.token))
    expect(first.token).not.toBe(second.token)
    expect(first.seed).not.toBe(second.seed)
    expect(first.token).not.toContain(first.seed)
  })

  it('are made again from the seed with the same secret and purpose', () => {
    const made = createSeededToken({ secret: 'secret-a', purpose })
    expect(recreateSeededToken({ secret: 'secret-a', purpose, seed: made.seed, storedHash: made.hash })).toBe(made.token)
  })

  it('are not made again with another secret, purpose or hash, or without the seed (the database alone is not enough)', () => {
    const made = createSeededToken({ secret: 'secret-a', purpose })
    expect(recreateSeededToken({ secret: 'secret-b', purpose, seed: made.seed, storedHash: made.hash })).toBeUndefined()
    expect(recreateSeededToken({ secret: 'secret-a', purpose: 'other', seed: made.seed, storedHash: made.hash })).toBeUndefined()
    expect(recreateSeededToken({ secret: 'secret-a', purpose, seed: made.seed, storedHash: hashToken('x') })).toBeUndefined()
    expect(recreateSeededToken({ secret: 'secret-a', purpose, seed: undefined, storedHash: made.hash })).toBeUndefined()
    expect(recreateSeededToken({ secret: 'secret-a', purpose, seed: made.seed, storedHash: null })).toBeUndefined()
  })

  it('need a secret', () => {
    expect(() => createSeededToken({ secret: '', purpose })).toThrow(/secret/)
  })
})
