import { pickTemplate } from './renderEmail'

const both = { subjectPl: 'PL', contentPl: 'pl', subjectEn: 'EN', contentEn: 'en' }
const onlyEn = { subjectPl: null, contentPl: null, subjectEn: 'own EN', contentEn: 'own en' }

describe('choosing the template and language', () => {
  it('prefers the owner version in the recipient language', () => {
    expect(pickTemplate({ locale: 'pl', override: both, fallback: { ...both, subjectPl: 'default' } })).toMatchObject({
      subject: 'PL',
      which: 'override',
      locale: 'pl',
    })
  })

  it('keeps the recipient language over the owner version in another one', () => {
    expect(pickTemplate({ locale: 'pl', override: onlyEn, fallback: both })).toMatchObject({ subject: 'PL', which: 'fallback', locale: 'pl' })
    expect(pickTemplate({ locale: 'en', override: onlyEn, fallback: both })).toMatchObject({ subject: 'own EN', which: 'override', locale: 'en' })
  })

  it('falls back to the other language, and needs subject and content', () => {
    expect(pickTemplate({ locale: 'pl', fallback: onlyEn })).toMatchObject({ subject: 'own EN', locale: 'en' })
    expect(pickTemplate({ locale: 'en', fallback: { subjectEn: 'no body', contentEn: '', subjectPl: 'PL', contentPl: 'pl' } })).toMatchObject({ locale: 'pl' })
    expect(pickTemplate({ locale: 'en' })).toBeUndefined()
  })
})
