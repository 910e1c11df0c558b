import { pageRank, similarityGraph, countStems, textRank } from './textrank'

describe('similarityGraph', () => {
  it('links sentences sharing stems by cosine similarity, and nothing else', () => {
    const edges = similarityGraph([countStems(['a', 'b']), countStems(['b', 'c']), countStems(['d'])])
    expect(edges[0]).toEqual([[1, expect.closeTo(0.5, 10)]])
    expect(edges[1]).toEqual([[0, expect.closeTo(0.5, 10)]])
    expect(edges[2]).toEqual([])
  })

  it('gives identical sentences a similarity of 1', () => {
    const edges = similarityGraph([countStems(['x', 'y', 'y']), countStems(['x', 'y', 'y'])])
    expect(edges[0][0][1]).toBeCloseTo(1, 10)
  })
})

describe('pageRank', () => {
  it('ranks the centre of a star above its leaves, and a lone node at the base score', () => {
    // 0 is linked to 1, 2 and 3; 4 to nobody.
    const edges: [number, number][][] = [
      [
        [1, 1],
        [2, 1],
        [3, 1],
      ],
      [[0, 1]],
      [[0, 1]],
      [[0, 1]],
      [],
    ]
    const scores = pageRank(edges)
    expect(scores[0]).toBeGreaterThan(scores[1])
    expect(scores[1]).toBeCloseTo(scores[2], 10)
    expect(scores[4]).toBeCloseTo(0.15, 10)
    // Undirected, connected: the scores of the star add up to its size.
    expect(scores[0] + scores[1] + scores[2] + scores[3]).toBeCloseTo(4, 4)
  })
})

describe('textRank', () => {
  it('puts the sentence that shares most with the others first, the same way every time', () => {
    const sentences = [['atmosf', 'spok'], ['atmosf', 'sesj', 'spok'], ['sesj', 'stres'], ['pogod']]
    const scores = textRank(sentences)
    expect(scores.indexOf(Math.max(...scores))).toBe(1)
    expect(scores[3]).toBeLessThan(scores[2])
    expect(textRank(sentences)).toEqual(scores)
  })
})
