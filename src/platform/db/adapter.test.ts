import { createDatabaseAdapter, databaseKind } from './adapter'

describe('choosing the database from the URL', () => {
  it.each([
    ['postgres://u:p@h/db', 'postgres'],
    ['postgresql://h/db', 'postgres'],
    ['mongodb://h/db', 'mongodb'],
    ['mongodb+srv://cluster.example/db', 'mongodb'],
  ])('%s is %s', (url, kind) => {
    expect(databaseKind(url)).toBe(kind)
  })

  it('refuses other schemes with a message naming the accepted ones', () => {
    expect(() => databaseKind('mysql://h/db')).toThrow('must start with postgres://, postgresql:// or mongodb://')
  })

  it('builds the matching Payload adapter', () => {
    expect(createDatabaseAdapter({ url: 'postgres://h/db', isProduction: false }).name).toBe('postgres')
    expect(createDatabaseAdapter({ url: 'mongodb://h/db', isProduction: false }).name).toBe('mongoose')
  })
})
