import { countTestimonials, fill } from './fill'
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
