import { checkTimeZoneValue, TIME_ZONE_REFUSED, timeZoneField } from './timeZoneField'

type Validate = (value: unknown, options: { req?: unknown }) => true | string

const plReq = { locale: 'pl', i18n: { language: 'pl' } }
const enReq = { locale: 'en', i18n: { language: 'en' } }

describe('timeZoneField', () => {
  it('is a text field with the picker and the list cell, nothing in the schema but a text column', () => {
    const field = timeZoneField({ name: 'zone', defaultValue: 'Europe/Warsaw', required: true, admin: { position: 'sidebar' } })
    expect(field).toMatchObject({ name: 'zone', type: 'text', required: true, defaultValue: 'Europe/Warsaw', maxLength: 64 })
    expect(field.admin).toMatchObject({
      position: 'sidebar',
      readOnly: false,
      components: { Field: '/src/platform/fields/admin/TimeZoneField#TimeZoneField', Cell: '/src/platform/fields/admin/TimeZoneField#TimeZoneCell' },
    })
  })

  it('accepts a zone Intl knows and refuses anything else in the admin language', () => {
    const validate = timeZoneField({ required: true }).validate as unknown as Validate
    expect(validate('Europe/London', { req: plReq })).toBe(true)
    expect(validate('Mars/Olympus', { req: plReq })).toBe('Wybierz strefę czasową z listy.')
    expect(validate('Mars/Olympus', { req: enReq })).toBe('Choose a time zone from the list.')
    expect(validate('', { req: plReq })).toBe('Wybierz strefę czasową z listy.')
    expect(validate('europe/london', { req: enReq })).toBe('Choose a time zone from the list.')
  })

  it('lets an optional field stay empty, and never refuses a read-only one', () => {
    const optional = timeZoneField().validate as unknown as Validate
    expect(optional(null, { req: plReq })).toBe(true)
    expect(optional('Nowhere', { req: plReq })).toBe('Wybierz strefę czasową z listy.')
    const readOnly = timeZoneField({ readOnly: true }).validate as unknown as Validate
    expect(readOnly('anything stored long ago', { req: plReq })).toBe(true)
  })

  it('checks a value on its own (for endpoints)', () => {
    expect(checkTimeZoneValue('Asia/Tokyo')).toBe(true)
    expect(checkTimeZoneValue(undefined, { required: true })).toEqual(TIME_ZONE_REFUSED)
    expect(checkTimeZoneValue(7)).toEqual(TIME_ZONE_REFUSED)
  })
})
