import type { EventListener, Locale } from '@platform'
import { emailTemplateDirs, renderFileTemplate } from '@platform'

/** On `site.created`: renders the plugin's email template in the owner's language into a notification. */
export const welcomeOwnerListener: EventListener<'site.created'> = {
  event: 'site.created',
  name: 'example.welcome-owner',
  handler: async ({ siteId, ownerId }, { payload }) => {
    const site = await payload.findByID({ collection: 'sites', id: siteId, depth: 0, overrideAccess: true }) // Trusted job: reads the site and its owner to address them.
    const owner = await payload.findByID({ collection: 'users', id: ownerId, depth: 0, overrideAccess: true })
    const email = await renderFileTemplate({
      dirs: emailTemplateDirs(payload),
      slug: 'example-welcome',
      locale: (owner.locale ?? 'pl') as Locale,
      data: { siteName: site.name, firstName: owner.firstName ?? owner.email },
    })
    await payload.create({
      collection: 'notifications',
      data: { user: ownerId as number, site: siteId as number, notificationType: 'example.welcome', message: `${email.subject}\n\n${email.text}` },
      overrideAccess: true,
    })
  },
}
