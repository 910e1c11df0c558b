import { lockTargetOf, namesUser } from './lockTarget'

describe('lockTargetOf', () => {
  it('reads a document by { relationTo, value }, the value as an id or a populated document', () => {
    expect(lockTargetOf({ document: { relationTo: 'sites', value: 7 } })).toEqual({ collection: 'sites', id: 7 })
    expect(lockTargetOf({ document: { relationTo: 'sites', value: { id: '7' } } })).toEqual({ collection: 'sites', id: '7' })
  })

  it('reads a global by its slug', () => {
    expect(lockTargetOf({ globalSlug: 'settings' })).toEqual({ global: 'settings' })
  })

  it('refuses nothing, half a reference and shapes it does not read', () => {
    for (const data of [
      undefined,
      null,
      {},
      { document: { relationTo: 'sites' } },
      { document: { value: 7 } },
      { document: 7 },
      { document: [] },
      { globalSlug: '' },
    ])
      expect(lockTargetOf(data)).toBeUndefined()
    // A document named in a shape we do not read is not taken for the global beside it.
    expect(lockTargetOf({ document: { relationTo: 'sites', value: [1] }, globalSlug: 'settings' })).toBeUndefined()
  })
})

describe('namesUser', () => {
  const user = { collection: 'users', id: 3 }
  it('matches the caller only, by collection and id', () => {
    expect(namesUser({ relationTo: 'users', value: 3 }, user)).toBe(true)
    expect(namesUser({ relationTo: 'users', value: '3' }, user)).toBe(true)
    expect(namesUser({ relationTo: 'users', value: { id: 3 } }, user)).toBe(true)
    expect(namesUser({ relationTo: 'users', value: 4 }, user)).toBe(false)
    expect(namesUser({ relationTo: 'admins', value: 3 }, user)).toBe(false)
    expect(namesUser(3, user)).toBe(false)
    expect(namesUser(undefined, user)).toBe(false)
  })
})
