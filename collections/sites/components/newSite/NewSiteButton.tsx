/** "New site from template": above the sites list and on owners' dashboards (server component). */
import type { ServerProps } from 'payload'

import { isStaffUser } from '../../../../src/platform/access/user'

export function NewSiteButton({ i18n, user, payload }: ServerProps) {
  if (!user || isStaffUser(user)) return null
  const pl = i18n?.language === 'pl'
  return (
    <div style={{ margin: '0 0 1rem' }}>
      <a className="btn btn--style-primary btn--size-small" href={`${payload?.config.routes.admin ?? '/admin'}/new-site`} data-testid="new-site-link">
        <span className="btn__content">
          <span className="btn__label">{pl ? 'Nowa strona z szablonu' : 'New site from template'}</span>
        </span>
      </a>
    </div>
  )
}
