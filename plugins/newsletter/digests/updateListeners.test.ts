import { siteUpdateFrom } from './updateListeners'

describe('siteUpdateFrom', () => {
  it('takes a site, a title (text or both languages) and a safe address', () => {
    expect(siteUpdateFrom({ siteId: 3, title: 'Warsztat', url: '/s/anna/w' })).toEqual({ siteId: 3, titlePl: 'Warsztat', url: '/s/anna/w' })
    expect(siteUpdateFrom({ siteId: '4', title: { pl: 'Opinia', en: 'Review' }, url: 'https://x.example/a' })).toEqual({
      siteId: 4,
      titlePl: 'Opinia',
      titleEn: 'Review',
      url: 'https://x.example/a',
    })
  })

  it('drops unsafe addresses and ignores data without a site or a title', () => {
    expect(siteUpdateFrom({ siteId: 3, title: 'A', url: 'javascript:alert(1)' })).toEqual({ siteId: 3, titlePl: 'A' })
    expect(siteUpdateFrom({ siteId: 3, title: 'A', url: '//evil.example' })).toEqual({ siteId: 3, titlePl: 'A' })
    expect(siteUpdateFrom({ siteId: 3 })).toBeUndefined()
    expect(siteUpdateFrom({ title: 'A' })).toBeUndefined()
    expect(siteUpdateFrom({ siteId: -1, title: 'A' })).toBeUndefined()
    expect(siteUpdateFrom(null)).toBeUndefined()
  })
})
