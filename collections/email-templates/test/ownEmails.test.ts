/**
 * The owner's own versions of emails: POST /api/email-templates/customize (who may call it, idempotence under
 * parallel clicks, bad input in PL/EN), the users.hasOwnEmailTemplates flag behind the collection's visibility
 * (owner without and with a version, team member, staff: asked with isShownInAdmin on the real config), the flag
 * after deletes, and which templates an owner may have at all. A real platform over real HTTP.
 */
import type { Payload } from 'payload'

import { isShownInAdmin } from '../../../src/platform/access'
import { customizableEmailGroups } from '../../../src/platform/email/customizableEmails'
import { loadFileTemplates } from '../../../src/platform/email/fileTemplates'
import { emailTemplateDirs } from '../../../src/platform/email/templateDirs'
import { addTeamMember, createSite, createUser, PASSWORD } from '../../../src/platform/testing/fixtures'
import { homeCardsFor } from '../../../src/platform/testing/home'
import { waitForEmail } from '../../../src/platform/testing/mailbox'
import { session, signIn, type Session } from '../../../src/platform/testing/http'
import { startTestPlatform, type TestPlatform } from '../../../src/platform/testing/platform'

let platform: TestPlatform

beforeAll(async () => {
  platform = await startTestPlatform()
})

afterAll(async () => {
  await platform?.close()
})

const newOwner = async (language: 'pl' | 'en' = 'en') => {
  const user = await createUser(platform.payload, { locale: language })
  const site = await createSite(platform.payload, user.id)
  return { user, site, client: await signIn(platform.baseURL, user.email, PASSWORD, { language }) }
}

const customize = (client: Session, body: unknown) => client.request('POST', '/api/email-templates/customize', body)

const ownVersions = async (payload: Payload, userId: number, slug?: string) =>
  (
    await payload.find({
      collection: 'email-templates',
      where: { and: [{ owner: { equals: userId } }, { isDefault: { equals: false } }, ...(slug ? [{ slug: { equals: slug } }] : [])] },
      pagination: false,
      depth: 0,
      overrideAccess: true, // test inspection
    })
  ).docs

/** The user as the admin gets it (their own record), for `admin.hidden`. */
const userRecord = async (id: number) => ({
  ...(await platform.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true })), // test inspection
  collection: 'users',
}) // test inspection

const templatesCollection = () => platform.payload.config.collections.find((collection) => collection.slug === 'email-templates')!

describe('POST /api/email-templates/customize', () => {
  it("makes the owner's copy of the default once, however many parallel clicks", async () => {
    const { user, client } = await newOwner()
    const answers = await Promise.all(Array.from({ length: 8 }, () => customize(client, { slug: 'booking-confirmed' })))
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201])
    const ids = new Set(answers.map((answer) => answer.body.id))
    expect(ids.size).toBe(1)
    expect(answers.filter((answer) => answer.body.created === true)).toHaveLength(1)

    const copies = await ownVersions(platform.payload, user.id, 'booking-confirmed')
    expect(copies).toHaveLength(1)
    expect(copies[0].id).toBe([...ids][0])
    // The copy starts as the default's wording, with the message's human name.
    const base = (
      await platform.payload.find({
        collection: 'email-templates',
        where: { and: [{ slug: { equals: 'booking-confirmed' } }, { isDefault: { equals: true } }] },
        depth: 0,
        overrideAccess: true, // test inspection
      })
    ).docs[0]
    expect(copies[0]).toMatchObject({
      name: 'Booking confirmed',
      subjectPl: base.subjectPl,
      contentPl: base.contentPl,
      subjectEn: base.subjectEn,
      contentEn: base.contentEn,
      isDefault: false,
    })
    // Once more later: the same copy, nothing new.
    expect(await customize(client, { slug: 'booking-confirmed' })).toMatchObject({ status: 200, body: { id: copies[0].id, created: false } })
  })

  it('answers only the owner of a site', async () => {
    const owner = await newOwner()
    const member = await createUser(platform.payload)
    await addTeamMember(platform.payload, owner.site.id, member.id, member.email, 'admin')
    const memberClient = await signIn(platform.baseURL, member.email, PASSWORD, { language: 'pl' })
    const staff = await signIn(platform.baseURL, (await createUser(platform.payload, { isStaff: true })).email, PASSWORD)
    const siteless = await signIn(platform.baseURL, (await createUser(platform.payload)).email, PASSWORD)

    const anonymous = await customize(session(platform.baseURL), { slug: 'booking-confirmed' })
    expect(anonymous).toMatchObject({ status: 401, body: { errors: [{ message: 'Sign in to customise emails.' }] } })
    expect(await customize(memberClient, { slug: 'booking-confirmed' })).toMatchObject({
      status: 403,
      body: { errors: [{ message: 'Własną wersję wiadomości może mieć tylko właściciel strony.' }] },
    })
    expect((await customize(staff, { slug: 'booking-confirmed' })).status).toBe(403)
    expect((await customize(siteless, { slug: 'booking-confirmed' })).status).toBe(403)
    expect(await ownVersions(platform.payload, member.id)).toHaveLength(0)
  })

  it('refuses bad input with a 4xx in the caller’s language and changes nothing', async () => {
    const pl = await newOwner('pl')
    const en = await newOwner('en')
    const missing = await customize(pl.client, {})
    expect(missing.status).toBe(400)
    expect(missing.body.errors[0].message).toBe('Wskaż wiadomość do dostosowania.')
    expect(await customize(pl.client, { slug: 'Booking Confirmed!' })).toMatchObject({
      status: 400,
      body: { errors: [{ message: 'Nie ma takiej wiadomości do dostosowania.' }] },
    })
    expect((await customize(en.client, { slug: 42 })).status).toBe(400)
    // A platform message (sign-in link) is not the owner's to word.
    expect(await customize(pl.client, { slug: 'magic-link-login' })).toMatchObject({
      status: 404,
      body: { errors: [{ message: 'Tej wiadomości nie można dostosować: to wiadomość platformy.' }] },
    })
    expect(await customize(en.client, { slug: 'no-such-email' })).toMatchObject({
      status: 404,
      body: { errors: [{ message: 'This email is the platform’s own and cannot be customised.' }] },
    })
    expect((await en.client.request('POST', '/api/email-templates/customize')).status).toBe(415)
    expect(await ownVersions(platform.payload, pl.user.id)).toHaveLength(0)
    expect(await ownVersions(platform.payload, en.user.id)).toHaveLength(0)
  })

  it('refuses, through the plain collection API too, an own version of a platform message', async () => {
    const { user, client } = await newOwner('pl')
    const answer = await client.request('POST', '/api/email-templates', {
      name: 'Moje',
      slug: 'magic-link-login',
      subjectPl: 'Hej',
      contentPl: '<p>{{link}}</p>',
    })
    expect(answer.status).toBe(400)
    expect(answer.body.errors[0].message).toBe('Tej wiadomości nie można dostosować: to wiadomość platformy (logowanie, konto lub plan).')
    expect(await ownVersions(platform.payload, user.id)).toHaveLength(0)
  })
})

describe('the messages owners may customise', () => {
  it('are each a template with files in both languages, and none is a platform sign-in or account message', async () => {
    const files = await loadFileTemplates(emailTemplateDirs(platform.payload))
    const declared = customizableEmailGroups(platform.payload.config).flatMap((group) => group.emails.map((email) => email.slug))
    expect(declared.length).toBeGreaterThan(20)
    for (const slug of declared) {
      const file = files.get(slug)
      expect({ slug, pl: Boolean(file?.subjectPl && file.contentPl), en: Boolean(file?.subjectEn && file.contentEn) }).toEqual({ slug, pl: true, en: true })
    }
    for (const platformMessage of ['magic-link-login', 'magic-link-signup', 'email-change', 'payment-receipt', 'plan-ending']) {
      expect(declared).not.toContain(platformMessage)
    }
    expect(declared).toEqual(expect.arrayContaining(['team-invitation', 'booking-confirmed', 'newsletter-confirm', 'registration-confirmed']))
  })
})

describe('who sees the email templates in the admin', () => {
  it('shows them to an owner only while they have a version of their own, to staff always, to a team member never', async () => {
    const collection = templatesCollection()
    const { user, site, client } = await newOwner()
    const member = await createUser(platform.payload)
    await addTeamMember(platform.payload, site.id, member.id, member.email, 'admin')
    const staff = await createUser(platform.payload, { isStaff: true })

    expect(isShownInAdmin(collection, await userRecord(user.id))).toBe(false)
    expect(isShownInAdmin(collection, await userRecord(member.id))).toBe(false)
    expect(isShownInAdmin(collection, await userRecord(staff.id))).toBe(true)

    const made = await customize(client, { slug: 'newsletter-welcome' })
    expect(made.status).toBe(201)
    expect(isShownInAdmin(collection, await userRecord(user.id))).toBe(true)
    // The signed-in user's own record says so too (what the admin reads).
    expect((await client.request('GET', '/api/users/me')).body.user.hasOwnEmailTemplates).toBe(true)
    expect(isShownInAdmin(collection, await userRecord(member.id))).toBe(false)

    // "Restore default": deleting the copy hides the collection again.
    expect((await client.request('DELETE', `/api/email-templates/${made.body.id}`)).status).toBe(200)
    expect(isShownInAdmin(collection, await userRecord(user.id))).toBe(false)
  })

  it('keeps the flag right as versions come and go, and never lets a user set it', async () => {
    const { user, client } = await newOwner()
    const flag = async () => (await userRecord(user.id)).hasOwnEmailTemplates

    expect((await client.request('PATCH', `/api/users/${user.id}`, { hasOwnEmailTemplates: true })).status).toBe(200)
    expect(await flag()).toBe(false)

    const [a, b] = await Promise.all([customize(client, { slug: 'booking-reminder' }), customize(client, { slug: 'team-invitation' })])
    expect([a.status, b.status]).toEqual([201, 201])
    expect(await flag()).toBe(true)
    expect((await client.request('PATCH', `/api/users/${user.id}`, { hasOwnEmailTemplates: false })).status).toBe(200)
    expect(await flag()).toBe(true)

    expect((await client.request('DELETE', `/api/email-templates/${a.body.id}`)).status).toBe(200)
    expect(await flag()).toBe(true)
    expect((await client.request('DELETE', `/api/email-templates/${b.body.id}`)).status).toBe(200)
    expect(await flag()).toBe(false)

    // Parallel create and delete leave the flag matching what is stored.
    const c = await customize(client, { slug: 'booking-cancelled' })
    await Promise.all([client.request('DELETE', `/api/email-templates/${c.body.id}`), customize(client, { slug: 'booking-rescheduled' })])
    expect(await flag()).toBe((await ownVersions(platform.payload, user.id)).length > 0)
    expect(await flag()).toBe(true)
  })
})

describe("the owner's own wording in mail sent for their site", () => {
  it('goes out in the team invitation, whoever of the team invites', async () => {
    const { site, client } = await newOwner('pl')
    const made = await customize(client, { slug: 'team-invitation' })
    expect(
      (
        await client.request('PATCH', `/api/email-templates/${made.body.id}`, {
          subjectPl: 'Dołącz do mnie w „{{siteName}}”',
          subjectEn: 'Join me at {{siteName}}',
        })
      ).status,
    ).toBe(200)
    // An admin of the site invites: the owner's wording is used, in the invitee's language.
    const admin = await createUser(platform.payload)
    await addTeamMember(platform.payload, site.id, admin.id, admin.email, 'admin')
    const adminClient = await signIn(platform.baseURL, admin.email, PASSWORD)
    const invitee = `invitee-${Date.now()}@example.test`
    expect((await adminClient.request('POST', '/api/team-members/invite', { site: site.id, email: invitee, role: 'editor', locale: 'pl' })).status).toBe(201)
    const mail = await waitForEmail(platform.payload, invitee)
    expect(mail.subject).toBe(`Dołącz do mnie w „${site.name}”`)
  })
})

describe("the owner's home", () => {
  it('has an Emails card once, beside the first site, counting the own versions', async () => {
    const { user, site, client } = await newOwner('pl')
    const second = await createSite(platform.payload, user.id)
    const before = await homeCardsFor(platform.payload, user.id, site.id)
    expect(before.get('platform:emails')).toMatchObject({ title: 'Wiadomości e-mail', items: [], links: [{ href: '/admin/emails' }] })
    expect((await homeCardsFor(platform.payload, user.id, second.id)).get('platform:emails')).toBeUndefined()

    await customize(client, { slug: 'booking-confirmed' })
    await customize(client, { slug: 'newsletter-confirm' })
    const after = (await homeCardsFor(platform.payload, user.id, site.id)).get('platform:emails')
    expect(after).toMatchObject({ count: 2, countLabel: 'wiadomości w Twojej wersji' })
    expect(after?.items.map((item) => item.text).sort()).toEqual(['Potwierdzenie rezerwacji', 'Potwierdzenie zapisu'])
  })
})
