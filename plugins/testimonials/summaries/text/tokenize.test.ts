import { contentTokens, isStopWord, polishStem, splitSentences, stem, words } from './tokenize'

describe('splitSentences', () => {
  it('splits at sentence ends and line breaks, keeping each sentence exactly as written', () => {
    const text = 'Świetna atmosfera! Czy warto? Tak… Polecam.\nDruga linia bez kropki'
    const sentences = splitSentences(text)
    expect(sentences).toEqual(['Świetna atmosfera!', 'Czy warto?', 'Tak…', 'Polecam.', 'Druga linia bez kropki'])
    for (const sentence of sentences) expect(text).toContain(sentence)
  })

  it('does not split after abbreviations, initials or before a lower-case word', () => {
    expect(splitSentences('Ćwiczenia, np. Oddech i ruch, pomogły. Dr. Kowalska słucha. Anna K. Nowak też. Wersja 2.0 działa.')).toEqual([
      'Ćwiczenia, np. Oddech i ruch, pomogły.',
      'Dr. Kowalska słucha.',
      'Anna K. Nowak też.',
      'Wersja 2.0 działa.',
    ])
    expect(splitSentences('It helped, i.e. a lot. Great.')).toEqual(['It helped, i.e. a lot.', 'Great.'])
  })

  it('drops pieces with no letters', () => {
    expect(splitSentences('Super!\n\n:-)\n')).toEqual(['Super!'])
  })
})

describe('words and stop words', () => {
  it('keeps Polish letters and lower-cases them', () => {
    expect(words('ŻÓŁĆ, gęślą jaźń! Don’t')).toEqual(['żółć', 'gęślą', 'jaźń', 'dont'])
  })

  it('knows Polish and English stop words from the library and the reviews’ own', () => {
    for (const word of ['się', 'że', 'jest', 'the', 'and', 'polecam', 'recommend']) expect(isStopWord(word)).toBe(true)
    for (const word of ['atmosfera', 'stres', 'calm']) expect(isStopWord(word)).toBe(false)
  })
})

describe('stems', () => {
  it('brings Polish inflected forms together', () => {
    expect(new Set(['atmosfera', 'atmosferę', 'atmosferze', 'atmosfery'].map(polishStem))).toEqual(new Set(['atmosf']))
    expect(new Set(['sesja', 'sesji', 'sesje', 'sesjach', 'sesjom'].map(polishStem))).toEqual(new Set(['sesj']))
    expect(polishStem('profesjonalizm')).toBe(polishStem('profesjonalna'))
    expect(polishStem('stres')).toBe(polishStem('stresem'))
  })

  it('uses the Porter stemmer for English', () => {
    expect(stem('sessions', 'en')).toBe(stem('session', 'en'))
    expect(stem('helped', 'en')).toBe('help')
  })

  it('marks capitalised words inside a sentence as names, not topics', () => {
    expect(contentTokens('Sesje z Anną były spokojne', 'pl')).toEqual([
      { stem: 'sesj', word: 'sesje', isName: false },
      { stem: polishStem('anną'), word: 'anną', isName: true },
      { stem: polishStem('spokojne'), word: 'spokojne', isName: false },
    ])
  })
})
