import { hostKeyFrom, hostLabel, toQuery } from './restClient'

describe('REST query building for the admin views', () => {
  it('flattens nested where clauses, arrays and values into bracket parameters', () => {
    const params = toQuery(
      { and: [{ site: { equals: 4 } }, { or: [{ repeatWeekly: { equals: true } }, { date: { greater_than_equal: '2026-11-23' } }] }] },
      'where',
    )
    expect(decodeURIComponent(params.toString()).split('&')).toEqual([
      'where[and][0][site][equals]=4',
      'where[and][1][or][0][repeatWeekly][equals]=true',
      'where[and][1][or][1][date][greater_than_equal]=2026-11-23',
    ])
    expect(toQuery(undefined, 'where').toString()).toBe('')
  })

  it('names hosts by key, falling back (never to the raw id) when a name cannot be read', () => {
    expect([hostKeyFrom(3, null), hostKeyFrom({ id: 3 }, { id: 8 }), hostKeyFrom(null, undefined)]).toEqual(['owner:3', 'member:8', 'none'])
    const hosts = [{ key: 'member:8', label: 'Ewa Dąbrowska' }]
    expect([hostLabel('member:8', hosts, true), hostLabel('owner:3', hosts, false), hostLabel('member:9', hosts, true)]).toEqual([
      'Ewa Dąbrowska',
      'Owner',
      'Członek zespołu',
    ])
    expect(hostLabel('member:9', [], false)).toBe('Team member')
  })
})
