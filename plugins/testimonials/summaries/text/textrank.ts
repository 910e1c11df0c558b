/**
 * TextRank (Mihalcea & Tarau, 2004) over sentences: a graph whose edges are the cosine similarity of the
 * sentences' stem counts, ranked by PageRank. Deterministic: same input, same scores. Pure functions.
 */

/** A sentence as TextRank sees it: how many times each stem occurs. */
export type StemCounts = Map<string, number>

export const countStems = (stems: string[]): StemCounts => {
  const counts: StemCounts = new Map()
  for (const value of stems) counts.set(value, (counts.get(value) ?? 0) + 1)
  return counts
}

const norm = (counts: StemCounts) => Math.sqrt([...counts.values()].reduce((sum, count) => sum + count * count, 0))

/**
 * The similarity graph as adjacency lists: `edges[i]` holds `[j, weight]` for every other sentence j sharing a
 * stem with i (cosine similarity > 0). Built from an inverted index, so pairs with nothing in common cost nothing.
 */
export const similarityGraph = (sentences: StemCounts[]): [number, number][][] => {
  const postings = new Map<string, [number, number][]>()
  sentences.forEach((counts, index) => {
    for (const [value, count] of counts) {
      const list = postings.get(value)
      if (list) list.push([index, count])
      else postings.set(value, [[index, count]])
    }
  })
  const norms = sentences.map(norm)
  const dots = sentences.map(() => new Map<number, number>())
  for (const list of postings.values()) {
    for (let a = 0; a < list.length; a++) {
      const [i, countI] = list[a]
      for (let b = a + 1; b < list.length; b++) {
        const [j, countJ] = list[b]
        dots[i].set(j, (dots[i].get(j) ?? 0) + countI * countJ)
      }
    }
  }
  const edges: [number, number][][] = sentences.map(() => [])
  dots.forEach((row, i) => {
    for (const [j, dot] of row) {
      const weight = dot / (norms[i] * norms[j])
      edges[i].push([j, weight])
      edges[j].push([i, weight])
    }
  })
  return edges
}

export type PageRankOptions = {
  /** The damping factor. @default 0.85 */
  damping?: number
  /** Stop when no score moves more than this. @default 1e-6 */
  tolerance?: number
  /** @default 100 */
  maxIterations?: number
}

/**
 * Weighted PageRank over an undirected graph: a node's score is fed by its neighbours in proportion to the edge's
 * share of each neighbour's total weight. Nodes without edges keep the base score (1 − d).
 */
export const pageRank = (edges: [number, number][][], { damping = 0.85, tolerance = 1e-6, maxIterations = 100 }: PageRankOptions = {}): number[] => {
  const size = edges.length
  const totals = edges.map((row) => row.reduce((sum, [, weight]) => sum + weight, 0))
  let scores = new Array<number>(size).fill(1)
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    const next = new Array<number>(size).fill(1 - damping)
    for (let i = 0; i < size; i++) {
      let incoming = 0
      for (const [j, weight] of edges[i]) incoming += (weight / totals[j]) * scores[j]
      next[i] += damping * incoming
    }
    const moved = next.reduce((largest, score, i) => Math.max(largest, Math.abs(score - scores[i])), 0)
    scores = next
    if (moved < tolerance) break
  }
  return scores
}

/** TextRank scores of sentences given as stem lists, in their order. */
export const textRank = (sentences: string[][], options?: PageRankOptions): number[] => pageRank(similarityGraph(sentences.map(countStems)), options)
