/**
 * Test fixtures for plugins and the platform's own tests: `import { ... } from '@platform/testing'`.
 * A real platform on a fresh database in the run's embedded PostgreSQL, real HTTP on 127.0.0.1,
 * users, sites and team members made as trusted setup code, and a real SMTP listener.
 * Benchmark scripts (outside jest) start theirs with `startBenchPlatform` (own throwaway PostgreSQL).
 */
export { startBenchPlatform } from './bench'
export type { BenchPlatform } from './bench'
export { addTeamMember, createAccessCast, createClient, createSite, createTenant, createUser, PASSWORD, publishSiteAs } from './fixtures'
export type { CastMember } from './fixtures'
export { homeCardsFor, homeFor } from './home'
export { session, signIn } from './http'
export type { ApiResponse, Session } from './http'
export { startTestPlatform, TEST_PUBLIC_URL } from './platform'
export type { TestPlatform } from './platform'
export { mimePart, parseHeaders, startSmtpListener } from './smtp'
export type { ReceivedMail, SmtpListener } from './smtp'
export { decodeSubject, delivered, mailsTo, onServer } from './mail'
export { readMailbox, waitForEmail } from './mailbox'
export type { MailboxMessage } from './mailbox'
export { waitFor } from './waitFor'
/** A calendar file read back: its properties, and DTSTART/DTEND as instants (UTC or TZID). */
export { calendarProperties, calendarTime } from './calendar'
export { componentPage, launchChromium } from './browser'
/** The plugins' dev services (what `npm run dev` starts), for a test of a plugin's own stand-in. */
export { startDevServices } from '../plugins/devServices'
export { seed as seedDemo } from '../demo/seed'
export { DEMO_PASSWORD } from '../demo/demoData'
