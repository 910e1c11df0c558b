import { AuditLogs } from './audit-logs'
import { Clients } from './clients'
import { EmailTemplates } from './email-templates'
import { MagicLinks } from './magic-links'
import { Notifications } from './notifications'
import { SiteVersions } from './site-versions'
import { Sites } from './sites'
import { TeamMembers } from './team-members'
import { Templates } from './templates'
import { TermsOfService } from './terms-of-service'
import { Users } from './users'

/** The core entities of the data model (plugins add the rest). */
export const coreCollections = [Users, TermsOfService, Sites, SiteVersions, Templates, TeamMembers, Clients, Notifications, EmailTemplates, MagicLinks, AuditLogs]
