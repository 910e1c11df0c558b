/**
 * Server side of the widget panel on a site's form: for anyone who reads the site (the codes hold only what the
 * site's public pages show), in the admin's language. The codes name the site by its public identifier.
 */
import type { UIFieldServerProps } from 'payload'

import { langOf } from '@platform/format'
import { PANEL_TEXTS } from './texts'
import { WidgetPanelClient } from './WidgetPanelClient'

export async function WidgetPanel({ req, id }: UIFieldServerProps) {
  if (!req.user) return null
  const lang = langOf(req.i18n.language)
  const texts = PANEL_TEXTS[lang]
  if (id === undefined || id === null) return <p className="field-type">{texts.saveFirst}</p>
  const site = await req.payload.findByID({
    collection: 'sites',
    id,
    depth: 0,
    select: { identifier: true, publishedVersion: true },
    overrideAccess: false,
    user: req.user,
    req,
    disableErrors: true,
  })
  if (!site?.identifier) return null
  return (
    <WidgetPanelClient
      platformURL={(req.payload.config.serverURL || '').replace(/\/+$/, '')}
      identifier={site.identifier}
      published={Boolean(site.publishedVersion)}
      lang={lang}
      texts={texts}
    />
  )
}
