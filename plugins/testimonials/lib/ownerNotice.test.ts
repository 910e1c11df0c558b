import { cardAnchor, excerptOf, moderationPath, noticeMessage, sourceLabel } from './ownerNotice'

describe("the owner's notice", () => {
  it('cuts long testimonials at a word, and keeps short ones whole', () => {
    expect(excerptOf('  Krótka   opinia.\n\nDruga linia. ')).toBe('Krótka opinia. Druga linia.')
    const long = 'słowo '.repeat(100)
    const excerpt = excerptOf(long, 50)
    expect(excerpt.endsWith('słowo…')).toBe(true)
    expect(excerpt.length).toBeLessThanOrEqual(51)
  })

  it('names the source and the testimonial in the owner language', () => {
    expect(sourceLabel('invited', 'pl')).toBe('zaproszenie po sesji')
    expect(sourceLabel('imported', 'en')).toBe('an import')
    expect(sourceLabel(undefined, 'pl')).toBe('formularz na stronie')
    expect(noticeMessage({ locale: 'pl', authorName: 'Jan K.', rating: 5, siteName: 'Gabinet Anny' })).toBe(
      'Nowa opinia czeka na moderację: Jan K. (5/5) – Gabinet Anny',
    )
    expect(noticeMessage({ locale: 'en', authorName: 'Jan K.', rating: 4, siteName: 'Studio' })).toBe(
      'A new testimonial is waiting for moderation: Jan K. (4/5) – Studio',
    )
  })

  it("leads to the testimonial's card in its site's pending queue in the moderation view", () => {
    expect(moderationPath(7, 42)).toBe('/admin/testimonials-moderation?site=7&status=pending#testimonial-42')
    expect(moderationPath(7, 42).endsWith(`#${cardAnchor(42)}`)).toBe(true)
  })
})
