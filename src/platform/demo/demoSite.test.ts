import { demoOwners } from './demoData'
import { demoSite } from './demoSite'

const context = {
  sites: [
    { id: 4, identifier: 'studio-ruchu', ownerId: 40 },
    { id: 3, identifier: 'anna-coaching', ownerId: 30 },
  ],
  teamMembers: [
    { id: 7, siteId: 3, userId: 70, role: 'editor' as const },
    { id: 8, siteId: 9, userId: 80, role: 'editor' as const },
  ],
}

describe('demoSite', () => {
  it('finds the coaching site with its team member, and the studio with none', () => {
    expect(demoSite(context, 'coach')).toEqual({ id: 3, identifier: 'anna-coaching', ownerId: 30, teamMembers: [context.teamMembers[0]] })
    expect(demoSite(context, 'studio')).toEqual({ id: 4, identifier: 'studio-ruchu', ownerId: 40, teamMembers: [] })
  })

  it('is undefined when the context has no such site, so a seed can skip it', () => {
    expect(demoSite({ sites: [context.sites[0]], teamMembers: [] }, 'coach')).toBeUndefined()
    expect(demoSite({ sites: [], teamMembers: [] }, 'studio')).toBeUndefined()
  })

  it('names every demo owner by its own key', () => {
    expect(demoOwners.map((owner) => owner.key)).toEqual(['coach', 'studio'])
  })
})
