import { AuditLogs } from './audit-logs'
import { Clients } from './clients'
import { CustomReactComponents } from './custom-react-components'
import { EmailTemplates } from './email-templates'
import { MagicLinks } from './magic-links'
import { MediaAssets } from './media-assets'
import { MediaUsages } from './media-usages'
import { Notifications } from './notifications'
import { SiteVersions } from './site-versions'
import { Sites } from './sites'
import { TeamMembers } from './team-members'
import { Templates } from './templates'
import { TermsOfService } from './terms-of-service'
import { Users } from './users'

/**
 * The core entities of the data model (plugins add the rest). Media usages come
 * before media assets: a site's cascade delete goes in this order, and an asset
 * cannot be deleted while a usage names it.
 */
export const coreCollections = [
  Users,
  TermsOfService,
  Sites,
  SiteVersions,
  Templates,
  TeamMembers,
  Clients,
  MediaUsages,
  MediaAssets,
  CustomReactComponents,
  Notifications,
  EmailTemplates,
  MagicLinks,
  AuditLogs,
]
