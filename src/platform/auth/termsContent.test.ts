import { isLexicalState, lexicalToPlainText, plainTextToLexical } from './termsContent'

describe('plainTextToLexical', () => {
  it('makes a paragraph per block and keeps single line breaks', () => {
    const state = plainTextToLexical('§ 1. Postanowienia ogólne\nRegulamin określa zasady.\r\n\r\n\n§ 2. Definicje')
    expect(state.root.children).toHaveLength(2)
    expect(state.root.children[0]).toMatchObject({
      type: 'paragraph',
      children: [{ type: 'text', text: '§ 1. Postanowienia ogólne' }, { type: 'linebreak' }, { type: 'text', text: 'Regulamin określa zasady.' }],
    })
    expect(state.root.children[1]).toMatchObject({ type: 'paragraph', children: [{ type: 'text', text: '§ 2. Definicje' }] })
    expect(lexicalToPlainText(state)).toBe('§ 1. Postanowienia ogólne\nRegulamin określa zasady.\n\n§ 2. Definicje')
  })

  it('gives an empty root for blank text, and tells states from strings', () => {
    expect(plainTextToLexical('  \n\n ').root.children).toEqual([])
    expect(isLexicalState(plainTextToLexical('a'))).toBe(true)
    expect(isLexicalState('a')).toBe(false)
    expect(isLexicalState({ root: {} })).toBe(false)
    expect(lexicalToPlainText('plain')).toBe('plain')
  })
})
