import { richTextExcerpt } from './excerpt'

const doc = (...paragraphs: string[][]) => ({
  root: { type: 'root', children: paragraphs.map((texts) => ({ type: 'paragraph', children: texts.map((text) => ({ type: 'text', text })) })) },
})

describe('richTextExcerpt', () => {
  it('joins the blocks’ text in order', () => {
    expect(richTextExcerpt(doc(['Dwa dni ', 'jogi'], ['w Tatrach.']))).toBe('Dwa dni jogi w Tatrach.')
  })

  it('cuts a long text at a word with an ellipsis', () => {
    const long = richTextExcerpt(doc(['Medytacja, oddech i ruch przez cały weekend w górach, z dala od miasta.']), 40)
    expect(long).toBe('Medytacja, oddech i ruch przez cały…')
    expect(long.length).toBeLessThanOrEqual(41)
  })

  it('is empty for no description or another shape', () => {
    expect(richTextExcerpt(undefined)).toBe('')
    expect(richTextExcerpt({ root: { children: [] } })).toBe('')
    expect(richTextExcerpt('plain')).toBe('')
  })
})
