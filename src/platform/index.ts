/**
 * The platform's public API for plugins: `import { ... } from '@platform'`.
 * Everything a plugin may use is exported here by name; anything not exported
 * here is internal and may change. A lint rule (eslint.config.js) refuses
 * imports from `plugins/**` into `src/platform/**` by any other path.
 * Test fixtures are in `@platform/testing`.
 */

// The plugin contract.
export { definePlatformPlugin } from './plugins/definePlatformPlugin'
export type { PlatformPluginContribution, PlatformPluginOptions, PlatformSection } from './plugins/definePlatformPlugin'
export { projectRoot } from './env'
export { getRegistry } from './plugins/registry'
export type { DemoContext, DemoSeed, DemoSite, DemoTeamMember, EmailSampleData, PlatformPage, PlatformPageProps } from './plugins/registry'
export { demoSite } from './demo/demoSite'
export type { DemoSiteKey, FoundDemoSite } from './demo/demoSite'
export { definePluginTranslations } from './plugins/translations'
export type { DevService, DevServiceContext, RunningDevService } from './plugins/devServices'
export type { PluginTranslations } from './plugins/translations'
export type { HostRedirect } from './sites/hostRedirects'
export type { OriginCheck } from './http/allowedOrigins'
export type { PublicMediaCheck } from './media/publishedMediaAccess'

// Access: roles, site scoping, ids.
export {
  anyone,
  enforceSiteAssignment,
  forgetSiteRoles,
  getSiteRoles,
  isShownInAdmin,
  hostScoped,
  hostScopeWhere,
  isStaffUser,
  loggedIn,
  lockedField,
  nobody,
  nobodyField,
  NOTHING,
  ownRecords,
  parseRecordId,
  relationId,
  ROLE_GROUPS,
  roleIn,
  roleOnSite,
  sameId,
  shownToStaff,
  siteIdsFor,
  siteScoped,
  siteScopedCreate,
  staffOnly,
  staffOnlyField,
  staffOrOwnRecords,
  TEAM_ROLES,
} from './access'
export type { ID, RoleGroup, SiteRole, TeamRole } from './access'

// The owner's home: cards a plugin contributes (`homeCards`), and midnight in a zone for "today" ranges.
export type { HomeCard, HomeCardsArgs, HomeCardsLoader, HomeItem, HomeSite } from './home/types'
export { startOfDay } from './home/homeDates'

// Tenancy: a collection that belongs to sites.
export { declaredTenancy, isSiteScoped, siteScopedCollection } from './tenancy/siteScopedCollection'
export type { DeclaredTenancy, SiteScopedCollectionConfig, Tenancy } from './tenancy/siteScopedCollection'

// Fields and labels.
export { siteField } from './fields/siteField'
// A time zone picked by name from a searchable list (stored as its IANA id in a text column), refused unless Intl knows it.
export { checkTimeZoneValue, TIME_ZONE_REFUSED, timeZoneField } from './fields/timeZoneField'
export type { TimeZoneFieldOptions } from './fields/timeZoneField'
export { EMAIL_MAX_LENGTH, emailSchema, normalizeEmail, parseEmail } from './fields/email'
export { labels, t } from './i18n/labels'
export type { Bilingual } from './i18n/labels'

// Visitor endpoints: bodies, errors, the caller's address, rate limits, transactions and locks.
export { jsonError, readJsonBody, readOptionalJsonBody } from './http/json'
export { readBody, validateWithSchema } from './http/readBody'
export { asVisitor, visitorEndpoint } from './http/visitorEndpoint'
export { clientIp, hashIp } from './http/clientIp'
export { inTransaction } from './db/transaction'
export { lockForTransaction } from './db/lock'
export { rateLimit, tooManyRequests } from './http/rateLimit'
export type { LimitSetting, RateDecision, RateLimiter, RateLimitOptions } from './http/rateLimit'
export { afterCommit, beforeCommit } from './db/afterCommit'

// Pages an endpoint answers with itself (behind an emailed link): a private HTML document, values escaped.
export { escapeHtml } from './http/escapeHtml'
export { htmlDocument, htmlPage, messageHtml, PAGE_STYLE } from './http/htmlPage'
export type { HtmlDocument, HtmlPageOptions, PageMessage } from './http/htmlPage'

// Plan limits: call enforceLimit before creating something a plan counts; one plugin provides the plans.
export { enforceLimit } from './limits/enforceLimit'
export type { EnforceLimitArgs } from './limits/enforceLimit'
export type { LimitVerdict, PlanLimitCheck, PlanLimitName, PlanLimitsProvider } from './limits/types'
export { requestLocale, say, validateLocale, validationMessage } from './i18n/requestLocale'
// zod messages in both languages: `.regex(re, zodText(t('enter …', 'wpisz …')))`; readBody words the rest itself.
export { zodText } from './i18n/zodMessages'

// Messages: email, notifications, events, tokens.
export { queueEmail } from './email/queueEmail'
export type { ComposedEmail, EmailAttachment, EmailComposer, QueuedEmail } from './email/queueEmail'
export { readEmailSettings } from './email/config'
export { renderFileTemplate } from './email/renderTemplate'
export type { Locale, RenderedEmail } from './email/renderTemplate'
export { emailTemplateDirs } from './email/templateDirs'
// The messages an owner may word their own way (`customizableEmails` beside `emailTemplatesDir`).
export type { CustomizableEmail, CustomizableEmailGroup } from './email/customizableEmails'
export { notify } from './notifications/notify'
export { publishEvent } from './events/publish'
export type { EventListener, PlatformEventName, PlatformEvents } from './events/types'
export { createToken, hashToken, isWellFormedToken, tokenMatches } from './tokens/tokens'
export { createSeededToken, recreateSeededToken } from './tokens/seededToken'

// Jobs.
export { getJobs } from './jobs/attach'
export { enqueueAfterCommit } from './jobs/enqueueAfterCommit'
export type { JobContext, JobDefinition } from './jobs/types'
// Day-before reminders, each sent once: the plugin names what starts and who is reminded, the platform claims and queues.
export { dueRemindersJob, sendDueReminders } from './reminders/dueReminders'
export type { DueReminders, ReminderClaim, ReminderRow } from './reminders/dueReminders'
export { REMINDER_LEAD_MS, REMINDER_MIN_GAP_MS, reminderDue } from './reminders/reminderDue'

// Public sites: the published site a public URL names; a site's name and address for a page or an email.
export { findPublishedSite, parseSiteIdentifier } from './sites/findPublishedSite'
export type { PublishedSite, PublishedVersion } from './sites/findPublishedSite'
export { publicSiteInfo, userContact } from './sites/siteInfo'
export { CURRENT_SITE_COOKIE, currentSiteFilter, currentSiteId } from './sites/currentSite'
export { publishedSiteLook } from './sites/siteLook'
export { SiteLookShell } from './sites/SiteLookShell'
export type { SiteLook } from './sites/siteLook'
export { splitPersonName, upsertSiteClient } from './clients/upsertSiteClient'
export { isoInZone } from './time/isoInZone'
// Calendar files (ical-generator): one entry with a stable UID, REQUEST/PUBLISH/CANCEL, times in UTC.
export { calendarFile, calendarUid } from './calendar/calendarFile'
export type { CalendarEntry, CalendarPerson } from './calendar/calendarFile'
export { beforeCutoff, cutoffDeadline } from './time/cutoff'
export type { SiteInfo, UserContact } from './sites/siteInfo'

// Public-site sections.
export type { EmptyReason, SectionCache, SectionData, SectionLoadArgs, SectionProps, SiteMeta } from './sites/render/types'
export { paragraphs, tx } from './sites/render/text'
export { localizedText, mediaRef, sectionSchema } from './sites/sectionRegistry'
export type { SectionFields, SectionLabel } from './sites/sectionRegistry'
export { defineSection } from './plugins/defineSection'
export type { AnyPlatformSection } from './plugins/defineSection'
export { SITE_LOCALES, validateTemplateConfig } from './sites/templateConfig'
export { localesOf } from './sites/render/urls'
export type { SiteLocales } from './sites/render/urls'
export { Img as SiteImage } from './sites/render/Img'
export type { ResolvedImage } from './sites/render/types'

// Pages inside the public sites (the contract's `sitePages`), and the image URLs of a site's assets they show.
export { defineSitePage } from './sites/render/sitePages'
export type { AnySitePage, SitePage, SitePageHead, SitePageLoadArgs, SitePageProps, SitePageSitemapArgs, SitePageSitemapEntry } from './sites/render/sitePages'
export { siteImages } from './media/siteImages'
export type { SiteLocale } from './sites/templateConfig'
