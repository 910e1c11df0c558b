/**
 * Invitations after attended sessions, end to end on a real platform (PostgreSQL, Agenda, HTTP) with a real SMTP
 * listener: the booking job records a session, its `booking.session-attended` reaches the listener (a real job),
 * the invitation is emailed once when due; the per-host interval, the opt-out, the site's switch; the link's page,
 * the submission (invited, verified client, pending) and its single use; parallel sessions, sends and submissions.
 */
import { createToken } from '@platform'
import type { SmtpListener, TestPlatform } from '@platform/testing'
import { addTeamMember, createUser, decodeSubject, delivered, mailsTo, onServer, PASSWORD, signIn, waitFor } from '@platform/testing'
import { inviteSessionClients } from '../invitations/listener'
import { sendDueInvitations, sendInvitation } from '../invitations/send'
import { invitationSettings } from '../invitations/settings'
import { OPT_OUTS, REQUESTS, TESTIMONIALS } from '../slugs'
import {
  address,
  attended,
  createPractice,
  hoursAgo,
  linksIn,
  page,
  postForm,
  postJson,
  requestsOf,
  startInvitationPlatform,
  submitted,
  textOf,
} from './invitationFixtures'

let platform: TestPlatform
let smtp: SmtpListener
let close: () => Promise<void>

beforeAll(async () => {
  ;({ platform, smtp, close } = await startInvitationPlatform())
})

afterAll(async () => {
  await close?.()
})

const HOUR = 3_600_000
const DAY = 24 * HOUR
const settings = invitationSettings()
const invite = (data: Parameters<typeof inviteSessionClients>[1], now?: Date) => inviteSessionClients(platform.payload, data, { settings, now })
const sendDue = (now = new Date()) => sendDueInvitations(platform.payload, { now, settings })

/** When an invitation made now for a session that ended half an hour ago is due (its own job waits till then). */
const dueAt = (request: { sendAt?: string | null }) => new Date(new Date(request.sendAt!).getTime() + 1000)

/** An invitation sent to a new client of `siteId` (the test plays its due time); its email and links. */
const sentInvitation = async (siteId: number, client: { name: string; locale?: 'pl' | 'en' }) => {
  const email = address(client.name.split(' ')[0].toLowerCase())
  await invite(attended(siteId, { endTime: hoursAgo(0.5), clients: [{ name: client.name, email, locale: client.locale ?? 'pl' }] }))
  const [request] = await requestsOf(platform.payload, siteId, email)
  expect(await sendInvitation(platform.payload, request.id, { now: dueAt(request), settings })).toBe('sent')
  const mail = await delivered(smtp, email)
  return { email, request, mail, ...linksIn(mail) }
}

describe('from an attended session to one email', () => {
  it('the booking job records the session, the listener makes one invitation per client, each is emailed once when due', async () => {
    const { payload } = platform
    const { owner, site } = await createPractice(payload)
    const hostUser = await createUser(payload, { locale: 'pl' })
    await payload.update({ collection: 'users', id: hostUser.id, data: { firstName: 'Ola', lastName: 'Nowak' }, overrideAccess: true })
    const ola = await addTeamMember(payload, site.id, hostUser.id, hostUser.email, 'host')
    const jan = address('jan')
    const emma = address('emma')
    const event = (title: string, endHoursAgo: number, host: Record<string, unknown>) =>
      payload.create({
        collection: 'events',
        data: { site: site.id, title, startTime: hoursAgo(endHoursAgo + 1), endTime: hoursAgo(endHoursAgo), eventType: 'group', capacity: 5, ...host } as never,
        overrideAccess: true,
      })
    const book = (eventId: number, guestEmail: string, guestName: string, locale: 'pl' | 'en') =>
      payload.create({
        collection: 'bookings',
        data: { site: site.id, event: eventId, guestEmail, guestName, locale, status: 'confirmed' },
        overrideAccess: true,
      })
    // Ended 3 hours ago: due an hour ago (2 hours after the end). Ola's workshop ended half an hour ago: due in 90 minutes.
    const consultation = await event('Konsultacja indywidualna', 3, { assignedToOwner: owner.id })
    await book(consultation.id, jan, 'Jan Nowak', 'pl')
    await book(consultation.id, emma, 'Emma Smith', 'en')
    const workshop = await event('Warsztat oddechowy', 0.5, { assignedToTeamMember: ola.id })
    await book(workshop.id, jan, 'Jan Nowak', 'pl')

    await platform.jobs.enqueue('booking.record-attended-sessions', {})
    const requests = await waitFor(
      async () => {
        const found = await requestsOf(payload, site.id)
        return found.length === 3 ? found : undefined
      },
      { what: 'three invitations' },
    )
    const byTitle = (email: string, title: string) => requests.find((request) => request.email === email && request.sessionTitle === title)!
    expect(byTitle(jan, 'Konsultacja indywidualna')).toMatchObject({ name: 'Jan Nowak', locale: 'pl', hostKey: `user:${owner.id}`, hostName: 'Anna Kowalska' })
    expect(byTitle(emma, 'Konsultacja indywidualna')).toMatchObject({ name: 'Emma Smith', locale: 'en' })
    const later = byTitle(jan, 'Warsztat oddechowy')
    expect(later).toMatchObject({ hostKey: `team-member:${ola.id}`, hostName: 'Ola Nowak', status: 'scheduled' })
    expect(new Date(later.sendAt!).getTime()).toBe(new Date(workshop.endTime).getTime() + 2 * HOUR)

    // The due ones go out through their own jobs.
    const toJan = await delivered(smtp, jan)
    const toEmma = await delivered(smtp, emma)
    expect(decodeSubject(toJan.headers.subject)).toBe('Jak oceniasz sesję „Konsultacja indywidualna”? Gabinet Anny prosi o opinię')
    expect(textOf(toJan)).toContain('Prowadzenie: Anna Kowalska')
    expect(textOf(toJan)).toContain('Twoje imię (Jan Nowak) jest już wpisane')
    expect(textOf(toJan)).toContain('działa tylko raz i jest ważny przez 30 dni')
    expect(decodeSubject(toEmma.headers.subject)).toBe('How was “Konsultacja indywidualna”? Gabinet Anny would love your feedback')
    const links = linksIn(toJan)
    expect(links.invitation.startsWith(`${payload.config.serverURL}/api/public/testimonials/invitations/`)).toBe(true)
    expect(toJan.headers['list-unsubscribe']).toBe(`<${links.optOut}>`)
    expect(toJan.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click')
    // Only the token's hash is stored.
    const [janFirst] = await requestsOf(payload, site.id, jan)
    const stored = await payload.findByID({ collection: REQUESTS, id: janFirst.id, overrideAccess: true })
    expect(stored).toMatchObject({ status: 'sent', token: expect.stringMatching(/^[0-9a-f]{64}$/) })
    expect(JSON.stringify(stored)).not.toContain(links.token)

    // A retried listener, another recording run and the sweep add nothing.
    const retried = await invite({
      ...attended(site.id, { clients: [] }),
      sessionId: janFirst.sessionId,
      hostKey: `user:${owner.id}`,
      clients: [{ name: 'Jan Nowak', email: jan, locale: 'pl' }],
    })
    expect(retried).toEqual({ [jan]: 'already-invited' })
    await platform.jobs.enqueue('booking.record-attended-sessions', {})
    expect(await sendDue()).toBe(0)
    expect(mailsTo(smtp, jan)).toHaveLength(1)
    expect(mailsTo(smtp, emma)).toHaveLength(1)

    // Ninety minutes later Ola's workshop is due: Jan's second invitation, about another host.
    expect(await sendDue(new Date(new Date(later.sendAt!).getTime() + 1000))).toBe(1)
    const second = await delivered(smtp, jan, undefined, 2)
    expect(decodeSubject(second.headers.subject)).toContain('Warsztat oddechowy')
    expect(textOf(second)).toContain('Prowadzenie: Ola Nowak')
    expect(await requestsOf(payload, site.id)).toHaveLength(3)
  })
})

describe('who is asked', () => {
  it('asks a client about one host once within the interval; another host, or the same one after the interval, may ask again', async () => {
    const { owner, site } = await createPractice(platform.payload)
    const marta = address('marta')
    const client = [{ name: 'Marta', email: marta, locale: 'pl' as const }]
    const anna = `user:${owner.id}`
    expect(await invite(attended(site.id, { hostKey: anna, clients: client }))).toEqual({ [marta]: 'invited' })
    expect(await invite(attended(site.id, { hostKey: anna, endTime: hoursAgo(2), clients: client }))).toEqual({ [marta]: 'asked-recently' })
    expect(await invite(attended(site.id, { hostKey: 'team-member:999', hostName: 'Ola', clients: client }))).toEqual({ [marta]: 'invited' })
    // 89 and 91 days on (the interval is 90): the clock moves with the session.
    const at = (days: number) => new Date(Date.now() + days * DAY)
    expect(await invite(attended(site.id, { hostKey: anna, endTime: hoursAgo(3, at(89).getTime()), clients: client }), at(89))).toEqual({
      [marta]: 'asked-recently',
    })
    expect(await invite(attended(site.id, { hostKey: anna, endTime: hoursAgo(3, at(91).getTime()), clients: client }), at(91))).toEqual({ [marta]: 'invited' })
    expect((await requestsOf(platform.payload, site.id, marta)).map((request) => request.hostKey)).toEqual([anna, 'team-member:999', anna])
  })

  it('asks nobody about a session that ended more than 30 days ago, and skips addresses that are not addresses', async () => {
    const { site } = await createPractice(platform.payload)
    const old = address('old')
    expect(await invite(attended(site.id, { endTime: hoursAgo(31 * 24), clients: [{ name: 'Old', email: old, locale: 'pl' }] }))).toBe('ignored')
    expect(await invite(attended(site.id, { clients: [{ name: 'Bad', email: 'not an address', locale: 'pl' }] }))).toEqual({ 'not an address': 'bad-address' })
    expect(await requestsOf(platform.payload, site.id)).toHaveLength(0)
  })

  it('respects “don’t ask me again”: a confirm page, then the opt-out for the site and address; scheduled invitations are not sent', async () => {
    const { site } = await createPractice(platform.payload)
    const { email, optOut, mail } = await sentInvitation(site.id, { name: 'Piotr Wiśniewski' })
    expect(textOf(mail)).toContain('Nie pytajcie mnie więcej')
    // Another host's session ended half an hour ago: its invitation waits for its time.
    await invite(attended(site.id, { hostKey: 'team-member:7', endTime: hoursAgo(0.5), clients: [{ name: 'Piotr', email, locale: 'pl' }] }))

    const asked = await page(onServer(platform.baseURL, optOut))
    expect(asked.status).toBe(200)
    expect(asked.html).toContain('Nie prosić Cię więcej o opinię?')
    expect(asked.html).toContain(`Strona Gabinet Anny nie wyśle już próśb o opinię na adres ${email}.`)
    expect(asked.html).toContain('<form method="post"')
    const optOuts = () => platform.payload.count({ collection: OPT_OUTS, where: { site: { equals: site.id } }, overrideAccess: true })
    expect((await optOuts()).totalDocs).toBe(0)

    const done = await postForm(onServer(platform.baseURL, optOut), {})
    expect(done.status).toBe(200)
    expect(done.html).toContain('Zapisaliśmy Twoją decyzję')
    // RFC 8058 one-click from a mail client: the same, once.
    const oneClick = await postForm(onServer(platform.baseURL, optOut), { 'List-Unsubscribe': 'One-Click' })
    expect(oneClick.status).toBe(200)
    expect((await optOuts()).totalDocs).toBe(1)
    expect((await requestsOf(platform.payload, site.id, email)).map((request) => [request.status, request.cancelReason ?? null])).toEqual([
      ['sent', null],
      ['cancelled', 'opted-out'],
    ])

    expect(await invite(attended(site.id, { hostKey: 'team-member:8', clients: [{ name: 'Piotr', email, locale: 'pl' }] }))).toEqual({ [email]: 'opted-out' })
    expect(await sendDue(new Date(Date.now() + 3 * HOUR))).toBe(0)
    expect(mailsTo(smtp, email)).toHaveLength(1)
    // The opt-out is per site: another site of the platform still asks.
    const other = await createPractice(platform.payload, 'Studio Jogi')
    expect(await invite(attended(other.site.id, { clients: [{ name: 'Piotr', email, locale: 'pl' }] }))).toEqual({ [email]: 'invited' })
  })

  it('respects the site’s switch: the owner turns invitations off, and nothing more is asked or sent', async () => {
    const { owner, site } = await createPractice(platform.payload)
    const ewa = address('ewa')
    await invite(attended(site.id, { endTime: hoursAgo(0.5), clients: [{ name: 'Ewa', email: ewa, locale: 'pl' }] }))
    expect(await requestsOf(platform.payload, site.id, ewa)).toMatchObject([{ status: 'scheduled' }])

    const ownerClient = await signIn(platform.baseURL, owner.email, PASSWORD)
    expect((await ownerClient.request('GET', `/api/sites/${site.id}?depth=0`)).body.testimonialInvitations).toBe(true)
    expect((await ownerClient.request('PATCH', `/api/sites/${site.id}`, { testimonialInvitations: false })).status).toBe(200)

    const tomek = address('tomek')
    expect(await invite(attended(site.id, { hostKey: 'team-member:5', clients: [{ name: 'Tomek', email: tomek, locale: 'pl' }] }))).toBe('ignored')
    expect(await sendDue(new Date(Date.now() + 3 * HOUR))).toBe(0)
    expect((await requestsOf(platform.payload, site.id)).map((request) => [request.email, request.status, request.cancelReason])).toEqual([
      [ewa, 'cancelled', 'switched-off'],
    ])
    expect(mailsTo(smtp, ewa)).toHaveLength(0)
  })
})

describe('the link', () => {
  it('shows the form with the name filled in, keeps what was typed on a mistake, stores an invited, verified, pending testimonial once', async () => {
    const { site } = await createPractice(platform.payload)
    const { email, invitation, token, request } = await sentInvitation(site.id, { name: 'Jan Kowalski' })
    const url = onServer(platform.baseURL, invitation)

    const form = await page(url)
    expect(form.status).toBe(200)
    expect(form.headers.get('content-type')).toMatch(/^text\/html/)
    expect(form.headers.get('cache-control')).toBe('no-store')
    expect(form.headers.get('content-security-policy')).toContain("default-src 'none'")
    expect(form.html).toContain('<html lang="pl">')
    expect(form.html).toContain('<span class="site">Gabinet Anny</span>')
    expect(form.html).toContain('Sesja „Konsultacja”')
    expect(form.html).toMatch(/<input type="text" id="name" name="name"[^>]* value="Jan Kowalski"/)
    expect(form.html.match(/type="radio" id="rating-\d" name="rating"/g)).toHaveLength(5)
    expect(form.html).toContain('<span class="sr">4 gwiazdki z 5</span>')
    expect(form.html).toContain('Zgadzam się na publikację tej opinii z moim imieniem na stronie Gabinet Anny.')

    const typed = 'Spokojna, uważna rozmowa. <b>Polecam</b>!'
    const wrong = await postForm(url, { name: 'Jan K.', content: typed })
    expect(wrong.status).toBe(400)
    expect(wrong.html).toContain('Wybierz ocenę od 1 do 5 gwiazdek.')
    expect(wrong.html).toContain('Zaznacz zgodę na publikację')
    expect(wrong.html).toContain('Spokojna, uważna rozmowa. &lt;b&gt;Polecam&lt;/b&gt;!')
    expect(wrong.html).toContain('value="Jan K."')
    expect((await platform.payload.count({ collection: TESTIMONIALS, where: { site: { equals: site.id } }, overrideAccess: true })).totalDocs).toBe(0)

    const sent = await postForm(url, { name: 'Jan K.', rating: '5', content: typed, consent: 'yes' })
    expect(sent.status).toBe(303)
    expect(sent.headers.get('location')).toBe(`/api/public/testimonials/invitations/${token}/thanks?lang=pl`)
    const thanks = await page(onServer(platform.baseURL, sent.headers.get('location')!))
    expect(thanks.status).toBe(200)
    expect(thanks.html).toContain('Dziękujemy za opinię!')

    const [testimonial] = (await platform.payload.find({ collection: TESTIMONIALS, where: { site: { equals: site.id } }, overrideAccess: true })).docs
    expect(testimonial).toMatchObject({
      authorName: 'Jan K.',
      authorEmail: email,
      rating: 5,
      content: typed,
      status: 'pending',
      isApproved: false,
      source: 'invited',
      isVerifiedClient: true,
      locale: 'pl',
    })
    expect(testimonial.emailVerifiedAt).toBeTruthy()
    expect(testimonial.consentAt).toBeTruthy()
    expect(await platform.payload.findByID({ collection: REQUESTS, id: request.id, depth: 0, overrideAccess: true })).toMatchObject({
      status: 'completed',
      testimonial: testimonial.id,
    })
    await waitFor(async () => submitted.find((data) => data.testimonialId === testimonial.id), { what: 'testimonial.submitted' })
    expect(submitted.filter((data) => data.testimonialId === testimonial.id)).toEqual([{ testimonialId: testimonial.id, siteId: site.id }])

    // Used up: the page says so, a second post stores nothing.
    const again = await page(url)
    expect(again.status).toBe(410)
    expect(again.html).toContain('Opinia została już wysłana')
    expect((await postForm(url, { name: 'Jan', rating: '1', content: 'Again', consent: 'yes' })).status).toBe(409)
    const json = await postJson(url, { name: 'Jan', rating: 1, content: 'Again', consent: true }, { 'accept-language': 'en' })
    expect(json).toEqual({ status: 409, body: { errors: [{ message: expect.stringContaining('This testimonial has already been sent') }] } })
    expect((await platform.payload.count({ collection: TESTIMONIALS, where: { site: { equals: site.id } }, overrideAccess: true })).totalDocs).toBe(1)
  })

  it('takes JSON too, in the request’s language; refuses expired, unknown and malformed links and other body types', async () => {
    const { site } = await createPractice(platform.payload)
    const emma = await sentInvitation(site.id, { name: 'Emma Smith', locale: 'en' })
    const url = onServer(platform.baseURL, emma.invitation)
    const english = await page(url)
    expect(english.html).toContain('<html lang="en">')
    expect(english.html).toContain('“Konsultacja”')
    expect(english.html).toContain(`href="/api/public/testimonials/invitations/${emma.token}?lang=pl"`)
    expect((await page(`${url}?lang=pl`)).html).toContain('<html lang="pl">')

    expect(await postJson(url, { name: 'Emma', rating: 9, content: 'Great', consent: true }, { 'accept-language': 'pl' })).toEqual({
      status: 400,
      body: { errors: [{ message: 'Wybierz ocenę od 1 do 5 gwiazdek.' }] },
    })
    expect((await fetch(url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'name=Emma' })).status).toBe(415)
    expect((await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '[1, 2]' })).status).toBe(400)
    const ok = await postJson(url, { name: 'Emma', rating: 4, content: 'Warm and clear.', consent: true }, { 'accept-language': 'en' })
    expect(ok).toEqual({ status: 201, body: { status: 'received', message: expect.stringContaining('Thank you') } })
    const [stored] = (await platform.payload.find({ collection: TESTIMONIALS, where: { authorEmail: { equals: emma.email } }, overrideAccess: true })).docs
    expect(stored).toMatchObject({ rating: 4, locale: 'en', source: 'invited', isVerifiedClient: true, status: 'pending' })

    const late = await sentInvitation(site.id, { name: 'Late Reader', locale: 'en' })
    await platform.payload.update({
      collection: REQUESTS,
      id: late.request.id,
      data: { expiresAt: new Date(Date.now() - 1000).toISOString() },
      overrideAccess: true,
    })
    const expired = await page(onServer(platform.baseURL, late.invitation))
    expect(expired.status).toBe(410)
    expect(expired.html).toContain('This link has expired')
    expect((await postJson(onServer(platform.baseURL, late.invitation), { name: 'L', rating: 5, content: 'x', consent: true })).status).toBe(410)
    // Opting out still works with an expired link.
    expect((await postForm(onServer(platform.baseURL, late.optOut), {})).status).toBe(200)

    const unknown = await page(`${platform.baseURL}/api/public/testimonials/invitations/${createToken().token}`)
    expect(unknown.status).toBe(404)
    expect(unknown.html).toContain('Ten link jest nieprawidłowy')
    expect((await page(`${platform.baseURL}/api/public/testimonials/invitations/not-a-token`)).status).toBe(404)
    expect((await postJson(`${platform.baseURL}/api/public/testimonials/invitations/${createToken().token}`, { name: 'x' })).status).toBe(404)
    expect((await platform.payload.count({ collection: TESTIMONIALS, where: { site: { equals: site.id } }, overrideAccess: true })).totalDocs).toBe(1)
  })
})

describe('races', () => {
  it('sessions ending together make one invitation; parallel sends one email; parallel submissions one testimonial', async () => {
    const { owner, site } = await createPractice(platform.payload)
    const ala = address('ala')
    const endTime = hoursAgo(0.5)
    const sessions = Array.from({ length: 6 }, () =>
      attended(site.id, { hostKey: `user:${owner.id}`, endTime, clients: [{ name: 'Ala', email: ala, locale: 'pl' }] }),
    )
    const outcomes = await Promise.all(sessions.map((data) => invite(data)))
    expect(outcomes.map((outcome) => (outcome as Record<string, string>)[ala]).sort()).toEqual([
      'asked-recently',
      'asked-recently',
      'asked-recently',
      'asked-recently',
      'asked-recently',
      'invited',
    ])
    const [request] = await requestsOf(platform.payload, site.id, ala)
    expect(await requestsOf(platform.payload, site.id)).toHaveLength(1)

    const sends = await Promise.all(Array.from({ length: 5 }, () => sendInvitation(platform.payload, request.id, { now: dueAt(request), settings })))
    expect(sends.sort()).toEqual(['handled', 'handled', 'handled', 'handled', 'sent'])
    const mail = await delivered(smtp, ala)
    const url = onServer(platform.baseURL, linksIn(mail).invitation)

    const answers = await Promise.all(
      Array.from({ length: 5 }, (_, index) => postJson(url, { name: 'Ala', rating: 5, content: `Take ${index}`, consent: true })),
    )
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409, 409, 409, 409])
    expect((await platform.payload.count({ collection: TESTIMONIALS, where: { site: { equals: site.id } }, overrideAccess: true })).totalDocs).toBe(1)
    // The sweep later on (or the invitation's own job when its time comes) sends nothing more.
    expect(await sendDue(dueAt(request))).toBe(0)
    expect(mailsTo(smtp, ala)).toHaveLength(1)
  })
})
