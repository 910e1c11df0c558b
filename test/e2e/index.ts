/**
 * The browser tests' public entry: `import { ... } from '@platform/e2e'`. Plugins keep their
 * own browser tests in `plugins/<name>/test/e2e/*.e2e.ts` (test/e2e/run.ts finds them) and reach
 * the harness only through this file, so the runner's internals (server, inbox listener) may change.
 * Re-exports only light modules: the runner imports no Payload, so neither may this entry.
 */
export { expect, test } from './harness'
export type { TestContext } from './harness'
export { decodeSubject, linkIn, mailCount, waitForMail } from './inbox'
export { ENGLISH, LOGIN_BUTTON, signIn } from './signIn'
export { acceptCurrentTerms } from './terms'
export { seriousViolations } from './axe'
export { DEMO_PASSWORD } from '../../src/platform/demo/demoData'
export { mimePart } from '../../src/platform/testing/smtp'
export type { ReceivedMail } from '../../src/platform/testing/smtp'
