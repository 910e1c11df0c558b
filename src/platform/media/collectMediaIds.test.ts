import { collectMediaIds } from './collectMediaIds'

describe('collectMediaIds', () => {
  it('finds references at any depth, in arrays and objects, once each', () => {
    const config = {
      theme: { logo: { mediaId: 3 } },
      sections: [
        { type: 'hero', image: { mediaId: 7 }, text: { pl: 'Cześć', en: 'Hi' } },
        { type: 'gallery', images: [{ mediaId: 8 }, { mediaId: 3 }, { mediaId: '9' }] },
      ],
      pages: [{ sections: [{ background: { mediaId: 12, alt: 'x' } }] }],
    }
    expect(collectMediaIds(config)).toEqual([3, 7, 8, '9', 12])
  })

  it('returns nothing for empty, scalar or missing configs', () => {
    expect(collectMediaIds({})).toEqual([])
    expect(collectMediaIds(null)).toEqual([])
    expect(collectMediaIds(undefined)).toEqual([])
    expect(collectMediaIds('mediaId')).toEqual([])
    expect(collectMediaIds([1, 2, 3])).toEqual([])
  })

  it('ignores values that cannot be ids', () => {
    expect(
      collectMediaIds({
        a: { mediaId: null },
        b: { mediaId: { id: 4 } },
        c: { mediaId: -1 },
        d: { mediaId: 1.5 },
        e: { mediaId: '' },
        f: { mediaId: '1; drop' },
      }),
    ).toEqual([])
  })

  it('treats 5 and "5" as the same reference and survives cycles', () => {
    const config: Record<string, unknown> = { a: { mediaId: 5 }, b: { mediaId: '5' } }
    config.self = config
    expect(collectMediaIds(config)).toEqual([5])
  })
})
