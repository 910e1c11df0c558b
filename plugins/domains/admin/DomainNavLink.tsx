/**
 * "Site domain" in the admin navigation, for users who manage a site (owners and site admins: they buy and
 * connect its domains); nobody else sees it.
 */
import type { ServerProps } from 'payload'

import { createLocalReq } from 'payload'

import { siteIdsFor } from '@platform'
import { VIEW_PATH } from '../orders/links'
import { domainTexts } from './translations'

export async function DomainNavLink({ user, i18n, payload }: ServerProps) {
  if (!user) return null
  const req = await createLocalReq({ user }, payload)
  if (!(await siteIdsFor(req, 'manage')).length) return null
  return (
    <a className="nav__link" href={VIEW_PATH} id="nav-domains">
      <span className="nav__link-label">{domainTexts.t(i18n, 'nav')}</span>
    </a>
  )
}
