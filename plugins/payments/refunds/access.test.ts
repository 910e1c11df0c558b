import { mayRefundAs } from './access'

describe('mayRefundAs', () => {
  it('lets staff and the site owner or admin refund', () => {
    expect(mayRefundAs({ isStaff: true })).toBe(true)
    expect(mayRefundAs({ isStaff: false, siteRole: 'owner' })).toBe(true)
    expect(mayRefundAs({ isStaff: false, siteRole: 'admin' })).toBe(true)
  })
  it('refuses other team roles and anyone without a role on the site (the payer, a plan payment)', () => {
    for (const siteRole of ['editor', 'host', 'viewer'] as const) expect(mayRefundAs({ isStaff: false, siteRole })).toBe(false)
    expect(mayRefundAs({ isStaff: false })).toBe(false)
  })
})
