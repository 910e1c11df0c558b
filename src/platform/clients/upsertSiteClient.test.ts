import { splitPersonName } from './upsertSiteClient'

describe('splitPersonName', () => {
  it('takes the first word as the first name and the rest as the last name', () => {
    expect(splitPersonName('Jan  Maria Rokita')).toEqual({ firstName: 'Jan', lastName: 'Maria Rokita' })
    expect(splitPersonName(' Cher ')).toEqual({ firstName: 'Cher' })
  })
})
