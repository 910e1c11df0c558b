import { pickSite } from './sitePick'

const sites = [
  { id: 3, owner: 7 }, // a site the caller is a team member of (sorted first by name)
  { id: 5, owner: 1 }, // the caller's own site
  { id: 9, owner: 1 },
]

describe('the site the booking views open on', () => {
  it('prefers the address, then the site chosen last, then the caller’s own, then the first', () => {
    expect(pickSite(sites, { param: '9', cookie: 'platform-site=3', userId: 1 })).toBe(9)
    expect(pickSite(sites, { param: null, cookie: 'a=b; platform-site=3', userId: 1 })).toBe(3)
    expect(pickSite(sites, { cookie: 'platform-site=', userId: 1 })).toBe(5)
    expect(pickSite(sites, {})).toBe(3)
    expect(pickSite([], { param: '5' })).toBeUndefined()
  })

  it('ignores a site the caller no longer reaches', () => {
    expect(pickSite(sites, { param: '42', cookie: 'platform-site=43', userId: 7 })).toBe(3)
  })
})
