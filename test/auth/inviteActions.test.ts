/**
 * The invite dialog's endpoint and the invitation's actions over real HTTP: who may invite, send again and revoke
 * (the site's owner and admins; not its editor, host or viewer, another site's owner, staff or a visitor), the
 * status that no PATCH can change, refusals that name their field in the caller's language, and parallel requests
 * that leave one invitation.
 */
import type { Payload } from 'payload'

import { createAccessCast, createUser, type CastMember } from '../../src/platform/testing/fixtures'
import { startTestPlatform, type TestPlatform } from '../../src/platform/testing/platform'
import { linkFromMailbox, raw, tokenOf } from './support'

let platform: TestPlatform
let cast: Awaited<ReturnType<typeof createAccessCast>>

beforeAll(async () => {
  platform = await startTestPlatform()
  cast = await createAccessCast(platform)
})

afterAll(async () => {
  await platform?.close()
})

let counter = 0
const newEmail = (label: string) => `${label.toLowerCase()}-${Date.now()}-${++counter}@example.test`

/** The stored invitation, with its token hash (hidden from the API). */
const stored = (payload: Payload, id: number) => payload.findByID({ collection: 'team-members', id, depth: 0, overrideAccess: true, showHiddenFields: true }) // trusted: test setup or inspection

const rowsFor = async (email: string) =>
  (await platform.payload.find({ collection: 'team-members', where: { email: { equals: email } }, overrideAccess: true, depth: 0 })).docs // trusted: test setup or inspection

/** A pending invitation to site A, made by its owner through the endpoint. */
const pendingInvitation = async (role = 'viewer') => {
  const email = newEmail('pending')
  const response = await cast.as.ownerA.request('POST', '/api/team-members/invite', { site: cast.siteA, email, role })
  expect(response.status).toBe(201)
  return { id: response.body.teamMember.id as number, email }
}

const REFUSED: CastMember[] = ['editor', 'host', 'viewer', 'ownerB', 'staff', 'visitor']
const REFUSAL_STATUS: Partial<Record<CastMember, number>> = { visitor: 401, ownerB: 404 }

describe('who may invite', () => {
  it.each(['ownerA', 'admin'] as CastMember[])('%s invites to site A: 201, one pending member and an emailed link', async (actor) => {
    const email = newEmail(actor)
    const response = await cast.as[actor].request('POST', '/api/team-members/invite', { site: cast.siteA, email, role: 'host' })
    expect(response.status).toBe(201)
    expect(response.body.teamMember).toMatchObject({ email, permissionRole: 'host', invitationStatus: 'pending' })
    expect(await rowsFor(email)).toHaveLength(1)
    const link = await linkFromMailbox(platform.payload, email, /http:\/\/localhost:3999\/invitation\?token=[\w-]{43}&(amp;)?lang=(pl|en)/)
    expect(tokenOf(link)).toHaveLength(43)
  })

  it.each(REFUSED)('%s may not invite to site A, and nothing is stored', async (actor) => {
    const email = newEmail(`refused-${actor}`)
    const response = await cast.as[actor].request('POST', '/api/team-members/invite', { site: cast.siteA, email, role: 'viewer' })
    const expected = actor === 'visitor' ? 401 : 403
    expect({ actor, status: response.status }).toEqual({ actor, status: expected })
    expect(typeof response.body.errors[0].message).toBe('string')
    expect(await rowsFor(email)).toHaveLength(0)
  })
})

describe('who may send again and revoke', () => {
  it.each(['ownerA', 'admin'] as CastMember[])('%s sends again (a new link replaces the old) and revokes', async (actor) => {
    const { id } = await pendingInvitation()
    const before = await stored(platform.payload, id)
    const resent = await cast.as[actor].request('POST', `/api/team-members/${id}/resend`)
    expect(resent.status).toBe(200)
    const after = await stored(platform.payload, id)
    expect(after.invitationToken).not.toBe(before.invitationToken)
    expect(after.invitationStatus).toBe('pending')

    const revoked = await cast.as[actor].request('POST', `/api/team-members/${id}/revoke`)
    expect(revoked.status).toBe(200)
    expect(revoked.body.teamMember).toMatchObject({ id, invitationStatus: 'revoked' })
    expect(await stored(platform.payload, id)).toMatchObject({ invitationStatus: 'revoked', invitationToken: null })
    // Revoked twice: there is nothing open to revoke.
    expect((await cast.as[actor].request('POST', `/api/team-members/${id}/revoke`)).status).toBe(409)
  })

  it.each(REFUSED)('%s may neither send again nor revoke, and nothing changes', async (actor) => {
    const { id } = await pendingInvitation()
    const before = await stored(platform.payload, id)
    for (const action of ['resend', 'revoke']) {
      const response = await cast.as[actor].request('POST', `/api/team-members/${id}/${action}`)
      const expected = REFUSAL_STATUS[actor] ?? 403
      expect({ actor, action, status: response.status }).toEqual({ actor, action, status: expected })
    }
    const after = await stored(platform.payload, id)
    expect({ status: after.invitationStatus, token: after.invitationToken }).toEqual({ status: 'pending', token: before.invitationToken })
  })

  it('sending again opens a revoked invitation as pending; an accepted member is refused (409)', async () => {
    const { id } = await pendingInvitation()
    expect((await cast.as.ownerA.request('POST', `/api/team-members/${id}/revoke`)).status).toBe(200)
    expect((await cast.as.ownerA.request('POST', `/api/team-members/${id}/resend`)).status).toBe(200)
    expect((await stored(platform.payload, id)).invitationStatus).toBe('pending')

    const joined = await createUser(platform.payload)
    const member = await platform.payload.create({
      collection: 'team-members',
      data: { site: cast.siteA, email: joined.email, permissionRole: 'editor', invitationStatus: 'accepted', linkedUser: joined.id },
      overrideAccess: true, // trusted: test setup or inspection
    })
    const refused = await cast.as.ownerA.request('POST', `/api/team-members/${member.id}/resend`)
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0]).toEqual({ message: 'This person is on the team already; change their role on their team member record.', field: 'email' })
  })

  it('an unknown or malformed id is 404', async () => {
    expect((await cast.as.ownerA.request('POST', '/api/team-members/999999999/resend')).status).toBe(404)
    expect((await cast.as.ownerA.request('POST', '/api/team-members/abc/revoke')).status).toBe(404)
  })
})

describe('the status cannot be PATCHed', () => {
  it.each(['revoked', 'accepted', 'declined', 'expired'])('PATCH invitationStatus=%s by the owner is 403 and changes nothing', async (status) => {
    const { id } = await pendingInvitation()
    const response = await cast.as.ownerA.request('PATCH', `/api/team-members/${id}`, { invitationStatus: status })
    expect(response.status).toBe(403)
    expect((await stored(platform.payload, id)).invitationStatus).toBe('pending')
  })

  it('the admin form saving the status unchanged, with a new name, is fine', async () => {
    const { id } = await pendingInvitation()
    const response = await cast.as.admin.request('PATCH', `/api/team-members/${id}`, { invitationStatus: 'pending', firstName: 'Ola' })
    expect(response.status).toBe(200)
    expect(await stored(platform.payload, id)).toMatchObject({ invitationStatus: 'pending', firstName: 'Ola' })
  })

  it('says why in the caller’s language', async () => {
    const { id } = await pendingInvitation()
    const response = await raw(platform.baseURL, 'PATCH', `/api/team-members/${id}`, {
      body: { invitationStatus: 'revoked' },
      cookie: cast.as.ownerA.cookie(),
      headers: { 'accept-language': 'pl' },
    })
    expect(response.status).toBe(403)
    expect(response.json().errors[0].message).toBe('Stanu zaproszenia nie zmienia się ręcznie: użyj akcji „Wyślij ponownie” albo „Wycofaj zaproszenie”.')
  })
})

describe('refusals name the field, in the caller’s language', () => {
  const invitePl = (body: Record<string, unknown>) =>
    raw(platform.baseURL, 'POST', '/api/team-members/invite', { body, cookie: cast.as.ownerA.cookie(), headers: { 'accept-language': 'pl' } })

  it('a bad address, role or site', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ site: cast.siteA, email: 'not an address', role: 'viewer' }, 'email', 'Podaj poprawny adres e-mail, np. ola@example.com.'],
      [{ site: cast.siteA, email: newEmail('role'), role: 'boss' }, 'role', 'Wybierz rolę: administrator, redaktor, prowadzący albo obserwator.'],
      [{ email: newEmail('site'), role: 'viewer' }, 'site', 'Wybierz stronę, do której zapraszasz.'],
    ]
    for (const [body, field, message] of cases) {
      const response = await invitePl(body)
      expect({ body, status: response.status, error: response.json().errors[0] }).toEqual({ body, status: 400, error: { field, message } })
      if (typeof body.email === 'string') expect(await rowsFor(body.email)).toHaveLength(0)
    }
  })

  it('someone already on the team (409), and the owner’s own address', async () => {
    const joined = await createUser(platform.payload)
    await platform.payload.create({
      collection: 'team-members',
      data: { site: cast.siteA, email: joined.email, permissionRole: 'viewer', invitationStatus: 'accepted', linkedUser: joined.id },
      overrideAccess: true, // trusted: test setup or inspection
    })
    const member = await invitePl({ site: cast.siteA, email: joined.email, role: 'editor' })
    expect(member.status).toBe(409)
    expect(member.json().errors[0]).toEqual({ field: 'email', message: 'Ta osoba jest już w zespole tej strony. Jej rolę zmienisz w karcie członka zespołu.' })
    expect((await rowsFor(joined.email))[0]).toMatchObject({ permissionRole: 'viewer', invitationStatus: 'accepted' })

    const me = (await cast.as.ownerA.request('GET', '/api/users/me')).body.user.email
    const self = await invitePl({ site: cast.siteA, email: me, role: 'editor' })
    expect(self.status).toBe(409)
    expect(self.json().errors[0].field).toBe('email')
  })
})

describe('parallel requests', () => {
  it('eight parallel invites of one address leave one pending invitation and no errors', async () => {
    const email = newEmail('race')
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => cast.as.ownerA.request('POST', '/api/team-members/invite', { site: cast.siteA, email, role: 'editor' })),
    )
    const statuses = answers.map((answer) => answer.status).sort()
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 201])
    const rows = await rowsFor(email)
    expect(rows).toHaveLength(1)
    expect(rows[0].invitationStatus).toBe('pending')
  })

  it('a revoke racing resends ends revoked or pending with one current link, never half of each', async () => {
    const { id } = await pendingInvitation()
    const answers = await Promise.all([
      cast.as.ownerA.request('POST', `/api/team-members/${id}/resend`),
      cast.as.admin.request('POST', `/api/team-members/${id}/revoke`),
      cast.as.ownerA.request('POST', `/api/team-members/${id}/resend`),
    ])
    for (const answer of answers) expect([200, 409]).toContain(answer.status)
    const after = await stored(platform.payload, id)
    // Revoked: no token is left; pending (sent again after the revoke): exactly the newest link works.
    if (after.invitationStatus === 'revoked') expect(after.invitationToken).toBeNull()
    else {
      expect(after.invitationStatus).toBe('pending')
      const open = await platform.payload.count({
        collection: 'magic-links',
        where: { and: [{ teamMember: { equals: id } }, { used: { equals: false } }, { expiresAt: { greater_than: new Date().toISOString() } }] },
        overrideAccess: true, // trusted: test setup or inspection
      })
      expect(open.totalDocs).toBe(1)
    }
  })
})
