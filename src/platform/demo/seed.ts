/**
 * Seeds the demo: terms of service, a staff user, two owners with a site each
 * and a team member, then each plugin's demo (the contract's `seed`) on top of
 * them. Each site is built from a starter template and published, so
 * /s/<identifier> shows something at once. Seeds are trusted code, so every
 * call uses overrideAccess.
 */
import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import { relationId } from '../access/ids'
import { publishSite } from '../sites/publishSite'
import { loadTemplateFiles } from '../sites/systemTemplates'
import type { DemoContext } from '../plugins/registry'
import { getRegistry } from '../plugins/registry'
import { inviterName } from '../auth/invitationEmail'
import { demoOwners, DEMO_PASSWORD, demoStaff, demoTeamMember, demoTerms } from './demoData'

export const seed = async (payload: Payload): Promise<void> => {
  const terms = await payload.create({ collection: 'terms-of-service', data: demoTerms, overrideAccess: true })
  const agreed = { termsAgreement: terms.id, password: DEMO_PASSWORD }

  await payload.create({ collection: 'users', data: { ...demoStaff, ...agreed, isStaff: true }, overrideAccess: true })

  const templates = new Map((await loadTemplateFiles()).map((file) => [file.sourceFile, file.config]))
  const sites = new Map<string, number>()
  const owners = new Map<string, number>()
  for (const owner of demoOwners) {
    const user = await payload.create({ collection: 'users', data: { ...owner.user, ...agreed }, overrideAccess: true })
    const templateConfig = templates.get(owner.template)
    if (!templateConfig) throw new Error(`Seed: no site template templates/sites/${owner.template}.json`)
    const site = await payload.create({
      collection: 'sites',
      data: { ...owner.site, owner: user.id, templateConfig },
      overrideAccess: true,
    })
    await publishSite({ req: await createLocalReq({ user: { ...user, collection: 'users' } }, payload), siteId: site.id, config: templateConfig })
    sites.set(owner.site.identifier, site.id)
    owners.set(owner.site.identifier, user.id)
    for (const client of owner.clients) {
      await payload.create({ collection: 'clients', data: { ...client, site: site.id }, overrideAccess: true })
    }
  }

  const inviterOf = (identifier: string) => inviterName(demoOwners.find((each) => each.site.identifier === identifier)?.user)
  const member = await payload.create({ collection: 'users', data: { ...demoTeamMember.user, ...agreed }, overrideAccess: true })
  const teamMember = await payload.create({
    collection: 'team-members',
    data: {
      site: sites.get(demoTeamMember.siteIdentifier)!,
      email: member.email,
      firstName: member.firstName,
      lastName: member.lastName,
      permissionRole: demoTeamMember.role,
      invitationStatus: 'accepted',
      linkedUser: member.id,
      // As if the site's owner had invited her (the invitation flow writes it; the seed skips the flow).
      invitedByName: inviterOf(demoTeamMember.siteIdentifier),
    },
    overrideAccess: true,
  })

  const context: DemoContext = {
    payload,
    republish: async (siteId, change) => {
      const site = await payload.findByID({ collection: 'sites', id: siteId, depth: 0, overrideAccess: true }) // trusted: demo seed
      const config = change(structuredClone(site.templateConfig ?? {}) as Record<string, unknown>)
      await payload.update({ collection: 'sites', id: siteId, data: { templateConfig: config }, overrideAccess: true }) // trusted: demo seed
      const owner = await payload.findByID({ collection: 'users', id: relationId(site.owner)!, depth: 0, overrideAccess: true }) // trusted: demo seed
      await publishSite({ req: await createLocalReq({ user: { ...owner, collection: 'users' } }, payload), siteId, config })
    },
    sites: [...sites].map(([identifier, id]) => ({ id, identifier, ownerId: owners.get(identifier)! })),
    teamMembers: [{ id: teamMember.id, siteId: sites.get(demoTeamMember.siteIdentifier)!, userId: member.id, role: demoTeamMember.role }],
  }
  for (const { plugin, seed: seedPlugin } of getRegistry(payload.config).seeds) {
    payload.logger.info(`Seeding the ${plugin} plugin's demo`)
    await seedPlugin(context)
  }
}
