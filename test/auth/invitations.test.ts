/** Team invitations over real HTTP, with the link read from the emailed invitation: every role, decline, revoke, expiry, re-invite. */
import type { TeamRole } from '../../src/platform/access/roles'
import { invitationEmailComposer } from '../../src/platform/auth/invitationEmail'
import { hashToken } from '../../src/platform/tokens/tokens'
import { addTeamMember, createSite, createUser, PASSWORD } from '../../src/platform/testing/fixtures'
import { signIn, type Session } from '../../src/platform/testing/http'
import { startTestPlatform, type TestPlatform } from '../../src/platform/testing/platform'
import { createTerms, linkFromMailbox, raw, sessionCookie, storedEmailJobs, tokenOf } from './support'

let platform: TestPlatform
let owner: Awaited<ReturnType<typeof createUser>>
let ownerSession: Session
let site: Awaited<ReturnType<typeof createSite>>

const INVITATION_LINK = /http:\/\/localhost:3999\/invitation\?token=[A-Za-z0-9_-]{43}&(amp;)?lang=(pl|en)(?![&\w])/

beforeAll(async () => {
  platform = await startTestPlatform()
  await createTerms(platform.payload, { version: 'T1' })
  owner = await createUser(platform.payload)
  ownerSession = await signIn(platform.baseURL, owner.email, PASSWORD)
  site = await createSite(platform.payload, owner.id)
})

afterAll(async () => {
  await platform?.close()
})

let counter = 0
const newEmail = (label: string) => `${label}-${Date.now()}-${++counter}@example.test`

const invite = (who: Session, body: Record<string, unknown>) => who.request('POST', '/api/team-members/invite', body)
const accept = (body: Record<string, unknown>) => raw(platform.baseURL, 'POST', '/api/team-members/invitation/accept', { body })
const decline = (token: string) => raw(platform.baseURL, 'POST', '/api/team-members/invitation/decline', { body: { token } })
const memberRows = (email: string) =>
  platform.payload
    .find({ collection: 'team-members', where: { and: [{ site: { equals: site.id } }, { email: { equals: email } }] }, overrideAccess: true })
    .then((r) => r.docs)

/** Invites `email` as the owner and returns the token from the email that arrives. */
const seen: string[] = []
const inviteAndRead = async (email: string, role: TeamRole, by: Session = ownerSession) => {
  const since = Date.now() - 1000
  const response = await invite(by, { site: site.id, email, role, firstName: 'Ola' })
  expect([200, 201]).toContain(response.status)
  const token = tokenOf(await linkFromMailbox(platform.payload, email, INVITATION_LINK, { after: since, except: seen }))
  seen.push(token)
  return token
}

describe('invitations for every role', () => {
  const expectations: Record<TeamRole, { updateSite: boolean; invite: boolean; createClient: boolean }> = {
    admin: { updateSite: true, invite: true, createClient: true },
    editor: { updateSite: true, invite: false, createClient: true },
    host: { updateSite: false, invite: false, createClient: true },
    viewer: { updateSite: false, invite: false, createClient: false },
  }

  it.each(Object.entries(expectations) as [TeamRole, (typeof expectations)[TeamRole]][])(
    'a new person invited as %s accepts (with the terms), is signed in and gets that role',
    async (role, may) => {
      const email = newEmail(role)
      const token = await inviteAndRead(email, role)

      const details = await raw(platform.baseURL, 'GET', `/api/team-members/invitation?token=${token}`)
      expect(details.status).toBe(200)
      expect(details.json()).toMatchObject({ email, siteName: site.name, role, hasAccount: false, terms: { version: 'T1' } })

      // No account yet: the terms in force must be accepted.
      expect((await accept({ token })).status).toBe(400)
      expect((await accept({ token, acceptTerms: true, termsVersion: 'T0' })).status).toBe(409)
      const accepted = await accept({ token, acceptTerms: true, termsVersion: 'T1', lastName: 'Nowak' })
      expect(accepted.status).toBe(200)
      const cookie = sessionCookie(accepted.headers)!
      expect(cookie).toBeDefined()

      const [member] = await memberRows(email)
      expect(member.invitationStatus).toBe('accepted')
      const account = (await raw(platform.baseURL, 'GET', '/api/users/me', { cookie })).json().user
      expect(account).toMatchObject({ email, firstName: 'Ola', lastName: 'Nowak', accountType: 'team_member' })
      expect(member.linkedUser === account.id || (member.linkedUser as { id: number })?.id === account.id).toBe(true)

      // The role's access now works, and no more than that.
      expect((await raw(platform.baseURL, 'GET', `/api/sites/${site.id}`, { cookie })).status).toBe(200)
      const update = await raw(platform.baseURL, 'PATCH', `/api/sites/${site.id}`, { cookie, body: { name: site.name } })
      expect(may.updateSite ? update.status === 200 : [403, 404].includes(update.status)).toBe(true)
      const invited = await raw(platform.baseURL, 'POST', '/api/team-members/invite', {
        cookie,
        body: { site: site.id, email: newEmail('by-' + role), role: 'viewer' },
      })
      expect(invited.status).toBe(may.invite ? 201 : 403)
      const client = await raw(platform.baseURL, 'POST', '/api/clients', { cookie, body: { site: site.id, email: newEmail('client') } })
      expect(client.status).toBe(may.createClient ? 201 : 403)

      // The link was used up.
      expect((await accept({ token, acceptTerms: true, termsVersion: 'T1' })).status).toBe(410)
    },
  )

  it('links an existing account without asking for the terms again', async () => {
    const existing = await createUser(platform.payload)
    const token = await inviteAndRead(existing.email, 'editor')
    const details = await raw(platform.baseURL, 'GET', `/api/team-members/invitation?token=${token}`)
    expect(details.json()).toMatchObject({ hasAccount: true, terms: null })
    const accepted = await accept({ token })
    expect(accepted.status).toBe(200)
    expect(accepted.json().user.id).toBe(existing.id)
    // The new member lands on the home of the site they joined.
    expect(accepted.json().redirect).toBe(`/admin?site=${site.id}`)
    const [member] = await memberRows(existing.email)
    expect(member).toMatchObject({ invitationStatus: 'accepted' })
    expect((member.linkedUser as { id: number }).id ?? member.linkedUser).toBe(existing.id)
    expect((await platform.payload.count({ collection: 'users', where: { email: { equals: existing.email } } })).totalDocs).toBe(1)
  })
})

describe('answering, revoking and repeating invitations', () => {
  it('refuses input and callers who may not invite', async () => {
    expect((await raw(platform.baseURL, 'POST', '/api/team-members/invite', { body: { site: site.id, email: newEmail('x'), role: 'viewer' } })).status).toBe(
      401,
    )
    const stranger = await signIn(platform.baseURL, (await createUser(platform.payload)).email, PASSWORD)
    expect((await invite(stranger, { site: site.id, email: newEmail('x'), role: 'viewer' })).status).toBe(403)
    expect((await invite(ownerSession, { site: site.id, email: 'nope', role: 'viewer' })).status).toBe(400)
    expect((await invite(ownerSession, { site: site.id, email: newEmail('x'), role: 'owner' })).status).toBe(400)
    expect((await invite(ownerSession, { email: newEmail('x'), role: 'viewer' })).status).toBe(400)
    const viewer = await createUser(platform.payload)
    await addTeamMember(platform.payload, site.id, viewer.id, viewer.email, 'viewer')
    expect((await invite(ownerSession, { site: site.id, email: viewer.email, role: 'admin' })).status).toBe(409)
  })

  it('declining closes the invitation; the link then refuses', async () => {
    const email = newEmail('decline')
    const token = await inviteAndRead(email, 'editor')
    expect((await decline(token)).status).toBe(200)
    expect((await memberRows(email))[0].invitationStatus).toBe('declined')
    expect((await accept({ token, acceptTerms: true, termsVersion: 'T1' })).status).toBe(410)
    expect((await decline(token)).status).toBe(410)
    expect((await platform.payload.count({ collection: 'users', where: { email: { equals: email } } })).totalDocs).toBe(0)
  })

  it('a revoked invitation refuses its link', async () => {
    const email = newEmail('revoke')
    const token = await inviteAndRead(email, 'admin')
    const [member] = await memberRows(email)
    expect((await ownerSession.request('POST', `/api/team-members/${member.id}/revoke`)).status).toBe(200)
    const refused = await accept({ token, acceptTerms: true, termsVersion: 'T1' })
    expect(refused.status).toBe(410)
    expect(refused.json().errors[0].message).toBe('This invitation is closed (accepted, declined or revoked).')
    expect((await raw(platform.baseURL, 'GET', `/api/team-members/invitation?token=${token}`)).status).toBe(410)
  })

  it('an expired invitation refuses its link and is marked expired', async () => {
    const email = newEmail('expire')
    const token = await inviteAndRead(email, 'viewer')
    const [member] = await memberRows(email)
    // Time moves by the link's expiry date, as if the invitation had been sent a week ago.
    await platform.payload.update({
      collection: 'magic-links',
      where: { teamMember: { equals: member.id } },
      data: { expiresAt: new Date(Date.now() - 1000).toISOString() },
      overrideAccess: true,
    })
    const refused = await accept({ token, acceptTerms: true, termsVersion: 'T1' })
    expect(refused.status).toBe(410)
    expect(refused.json().errors[0].message).toMatch(/expired/)
    expect((await memberRows(email))[0].invitationStatus).toBe('expired')
  })

  it('re-inviting updates the same member, sends a new link and kills the old one', async () => {
    const email = newEmail('again')
    const first = await inviteAndRead(email, 'viewer')
    const second = await inviteAndRead(email, 'editor')
    expect(second).not.toBe(first)
    const rows = await memberRows(email)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ permissionRole: 'editor', invitationStatus: 'pending' })
    expect((await accept({ token: first, acceptTerms: true, termsVersion: 'T1' })).status).toBe(410)

    // After a decline, inviting again re-opens the same row.
    expect((await decline(second)).status).toBe(200)
    const third = await inviteAndRead(email, 'host')
    expect(await memberRows(email)).toHaveLength(1)
    const accepted = await accept({ token: third, acceptTerms: true, termsVersion: 'T1' })
    expect(accepted.status).toBe(200)
    expect((await memberRows(email))[0]).toMatchObject({ permissionRole: 'host', invitationStatus: 'accepted' })
  })

  it('creating a pending member in the admin (REST create) sends the invitation too', async () => {
    const email = newEmail('admin-form')
    const since = Date.now() - 1000
    const created = await ownerSession.request('POST', '/api/team-members', { site: site.id, email, permissionRole: 'viewer' })
    expect(created.status).toBe(201)
    const token = tokenOf(await linkFromMailbox(platform.payload, email, INVITATION_LINK, { after: since }))
    expect((await raw(platform.baseURL, 'GET', `/api/team-members/invitation?token=${token}`)).json()).toMatchObject({ role: 'viewer' })
  })

  it('keeps no working invitation link in the job queue or the outbox, while the emailed one works', async () => {
    const email = newEmail('kept')
    const token = await inviteAndRead(email, 'editor')
    const decline = await linkFromMailbox(
      platform.payload,
      email,
      /http:\/\/localhost:3999\/invitation\?token=[A-Za-z0-9_-]{43}&(amp;)?decline=1&(amp;)?lang=(pl|en)/,
    )
    expect(tokenOf(decline)).toBe(token)

    // The invitation stays valid for days and the job's data is kept for as long: it holds ids only.
    const stored = await storedEmailJobs(platform.databaseURL)
    expect(stored.jobs.length).toBeGreaterThanOrEqual(1)
    expect(stored.outbox.length).toBeGreaterThanOrEqual(1)
    for (const data of [...stored.jobs, ...stored.outbox]) {
      expect(data).not.toContain(token)
      expect(data).not.toMatch(/invitation\?token=|decline=1/)
    }

    const accepted = await accept({ token, acceptTerms: true, termsVersion: 'T1' })
    expect(accepted.status).toBe(200)
    expect((await memberRows(email))[0].invitationStatus).toBe('accepted')
  })

  it('the email, made when it is sent, names the inviter and is nothing once the link is replaced or the invitation answered', async () => {
    const email = newEmail('compose')
    const first = await inviteAndRead(email, 'viewer')
    // The link row the emailed token belongs to (found by its hash, as the endpoints do).
    const link = async (token: string) =>
      (await platform.payload.find({ collection: 'magic-links', where: { token: { equals: hashToken(token) } }, overrideAccess: true })).docs[0]
    const firstLink = await link(first)
    const compose = (linkId: unknown) => invitationEmailComposer.compose({ payload: platform.payload, args: { linkId, inviterId: owner.id, locale: 'en' } })
    const made = await compose(firstLink.id)
    expect(made).toMatchObject({ to: email, template: 'team-invitation', locale: 'en', data: { siteName: site.name, roleName: 'viewer (read only)' } })
    expect(made!.data.link).toBe(`http://localhost:3999/invitation?token=${first}&lang=en`)
    expect(made!.data.inviterName).toBe([owner.firstName, owner.lastName].filter(Boolean).join(' ') || owner.email)

    // Re-invited: the first link is replaced and its email (if still queued) is not sent.
    const second = await inviteAndRead(email, 'editor')
    expect(await compose(firstLink.id)).toBeUndefined()
    const secondLink = await link(second)
    expect((await compose(secondLink.id))!.data.link).toBe(`http://localhost:3999/invitation?token=${second}&lang=en`)
    // Declined (or revoked): nothing to send any more.
    expect((await raw(platform.baseURL, 'POST', '/api/team-members/invitation/decline', { body: { token: second } })).status).toBe(200)
    expect(await compose(secondLink.id)).toBeUndefined()
  })

  it('garbage and tampered invitation tokens are 400', async () => {
    expect((await accept({ token: 'junk' })).status).toBe(400)
    expect((await accept({})).status).toBe(400)
    expect((await raw(platform.baseURL, 'GET', '/api/team-members/invitation?token=' + 'A'.repeat(43))).status).toBe(400)
  })
})
