/**
 * The demo site a plugin's demo seed builds on, by the part it plays rather than its address: `coach` is Anna's
 * coaching site (the coach starter, with a team member, Ewa, an editor), `studio` is Marek's yoga studio (the
 * yoga-studio starter). Undefined when the context has no such site (a test's own context), so a seed skips it.
 */
import type { DemoContext, DemoSite, DemoTeamMember } from '../plugins/registry'
import { demoOwners } from './demoData'

export type DemoSiteKey = (typeof demoOwners)[number]['key']

export type FoundDemoSite = DemoSite & { teamMembers: DemoTeamMember[] }

export const demoSite = ({ sites, teamMembers }: Pick<DemoContext, 'sites' | 'teamMembers'>, key: DemoSiteKey): FoundDemoSite | undefined => {
  const identifier = demoOwners.find((owner) => owner.key === key)?.site.identifier
  const site = sites.find((candidate) => candidate.identifier === identifier)
  return site ? { ...site, teamMembers: teamMembers.filter((member) => member.siteId === site.id) } : undefined
}
