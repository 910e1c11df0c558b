import { countTestimonials, fill, waitingText } from './fill'
import { moderationTexts } from './translations'

const { pl, en } = moderationTexts.translations

describe('fill', () => {
  it('puts values into their places and leaves unknown ones', () => {
    expect(fill('{from}–{to} z {total}', { from: 1, to: 25, total: 40 })).toBe('1–25 z 40')
    expect(fill('Zaznaczono: {count}', {})).toBe('Zaznaczono: {count}')
  })
})

describe('countTestimonials', () => {
  it('says counts of testimonials in the Polish forms and English', () => {
    expect(fill(pl.approvedDone, { count: countTestimonials(1, 'pl', pl) })).toBe('Zatwierdzono 1 opinię.')
    expect(fill(pl.approvedDone, { count: countTestimonials(3, 'pl', pl) })).toBe('Zatwierdzono 3 opinie.')
    expect(fill(pl.rejectedDone, { count: countTestimonials(12, 'pl', pl) })).toBe('Odrzucono 12 opinii.')
    expect(fill(pl.importedDone, { count: countTestimonials(22, 'pl', pl) })).toBe('Zaimportowano 22 opinie.')
    expect(fill(en.importedDone, { count: countTestimonials(1, 'en', en) })).toBe('Imported 1 testimonial.')
    expect(fill(en.importedDone, { count: countTestimonials(1000, 'en', en) })).toBe('Imported 1,000 testimonials.')
  })
})

describe('waitingText', () => {
  it('makes the verb agree with the count in Polish, and says is/are in English', () => {
    const forms = (texts: typeof pl | typeof en) => ({ one: texts.waitingOne, few: texts.waitingFew, many: texts.waitingMany })
    expect(waitingText(1, 'pl', forms(pl))).toBe('1 opinia czeka na moderację')
    expect(waitingText(3, 'pl', forms(pl))).toBe('3 opinie czekają na moderację')
    expect(waitingText(5, 'pl', forms(pl))).toBe('5 opinii czeka na moderację')
    expect(waitingText(22, 'pl', forms(pl))).toBe('22 opinie czekają na moderację')
    expect(waitingText(1, 'en', forms(en))).toBe('1 testimonial is waiting for moderation')
    expect(waitingText(2, 'en', forms(en))).toBe('2 testimonials are waiting for moderation')
  })
})
