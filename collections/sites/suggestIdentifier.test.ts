import { checkIdentifier } from './validateIdentifier'
import { suggestIdentifier } from './suggestIdentifier'

describe('suggestIdentifier', () => {
  test('turns Polish letters into plain ones and spaces into single hyphens', () => {
    expect(suggestIdentifier('Łódzkie Studio Jogi')).toBe('lodzkie-studio-jogi')
    expect(suggestIdentifier('Gabinet  Zdrowia — Żaneta Ćwik')).toBe('gabinet-zdrowia-zaneta-cwik')
  })

  test('drops punctuation at the ends and never makes double hyphens', () => {
    const slug = suggestIdentifier('  !!Anna & Co. -- coaching!! ')
    expect(slug).toBe('anna-co-coaching')
    expect(checkIdentifier(slug)).toBe(true)
  })

  test('keeps to 63 characters without a trailing hyphen', () => {
    const slug = suggestIdentifier(`${'a'.repeat(62)} b`)
    expect(slug).toBe('a'.repeat(62))
    expect(checkIdentifier(suggestIdentifier('x'.repeat(100)))).toBe(true)
  })

  test('a name without letters gives an empty suggestion', () => {
    expect(suggestIdentifier('***')).toBe('')
  })
})
