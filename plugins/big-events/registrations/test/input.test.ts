/**
 * Refusals and access on a real platform over HTTP. Bad input (unknown, unpublished, past and cancelled events,
 * missing or foreign answers, malformed or mistyped bodies, a second registration, too many attempts) answers a
 * clear 4xx naming the field, in the visitor's language, and stores nothing: no registration, client or payment.
 * Who may call what: the public endpoints act for a visitor whatever session the browser has, the token is the
 * only credential for a cancel, and the registrations collection is read only by the site's content managers
 * and staff, written by nobody over the API (token and seed never shown).
 */
import type { Session, TestPlatform } from '@platform/testing'
import { createAccessCast, createSite, createUser, publishSiteAs } from '@platform/testing'
import { BIG_EVENTS, REGISTRATIONS } from '../../slugs'
import { byEmail, cancelAt, createEvent, inDays, post, registerFor, startHarness, totals, unique, type Harness } from './support'

let harness: Harness
let platform: TestPlatform

beforeAll(async () => {
  harness = await startHarness({ smtp: false })
  platform = harness.platform
})
afterAll(() => harness?.close())

const QUESTIONS = {
  questions: [
    { id: 'diet', label: { pl: 'Dieta', en: 'Diet' }, type: 'select', required: true, options: [{ pl: 'Wegetariańska', en: 'Vegetarian' }] },
    { id: 'terms', label: { pl: 'Akceptuję regulamin', en: 'I accept the terms' }, type: 'checkbox', required: true },
  ],
}
const good = () => ({ name: 'Marta Nowak', email: `${unique('marta')}@example.com`, answers: { diet: 'Wegetariańska', terms: true } })

describe('bad input: a clear 4xx, nothing stored', () => {
  let open: number
  let draft: number
  let past: number
  let cancelled: number
  let hiddenSite: number
  let taken: string

  beforeAll(async () => {
    open = (await createEvent(platform.payload, harness.siteId, { details: QUESTIONS, price: 100 })).id
    draft = (await createEvent(platform.payload, harness.siteId, { status: 'draft' })).id
    past = (await createEvent(platform.payload, harness.siteId, { startDate: inDays(-2), endDate: inDays(-1) })).id
    cancelled = (await createEvent(platform.payload, harness.siteId, { status: 'cancelled' })).id
    const owner = await createUser(platform.payload)
    const unpublished = await createSite(platform.payload, owner.id)
    hiddenSite = (await createEvent(platform.payload, unpublished.id)).id
    taken = good().email
    expect((await registerFor(platform.baseURL, open, { ...good(), email: taken })).status).toBe(201)
  })

  type Case = [string, () => number | string, unknown, number, { message: string; field?: string }[], { lang?: string; contentType?: string }?]
  const cases: Case[] = [
    ['a draft event', () => draft, good(), 404, [{ message: 'Nie znaleźliśmy tego wydarzenia albo zapisy na nie są zamknięte.' }]],
    ['an event of an unpublished site', () => hiddenSite, good(), 404, [{ message: 'Nie znaleźliśmy tego wydarzenia albo zapisy na nie są zamknięte.' }]],
    ['an unknown event', () => 987654, good(), 404, [{ message: 'Nie znaleźliśmy tego wydarzenia albo zapisy na nie są zamknięte.' }]],
    ['an id that is no id', () => 'abc', good(), 404, [{ message: 'We could not find this event, or it does not take registrations.' }], { lang: 'en' }],
    ['a past event', () => past, good(), 409, [{ message: 'To wydarzenie już się rozpoczęło albo odbyło: zapisy są zamknięte.' }]],
    ['a cancelled event', () => cancelled, good(), 409, [{ message: 'This event has been cancelled: registration is closed.' }], { lang: 'en' }],
    [
      'a missing required answer',
      () => open,
      { ...good(), answers: { terms: true } },
      400,
      [{ field: 'answers.diet', message: 'Odpowiedz na pytanie „Dieta”.' }],
    ],
    [
      'an answer outside the options',
      () => open,
      { ...good(), answers: { diet: 'Mięsna', terms: true } },
      400,
      [{ field: 'answers.diet', message: 'Wybierz jedną z podanych odpowiedzi na pytanie „Dieta”.' }],
    ],
    [
      'an answer to a question not asked',
      () => open,
      { ...good(), answers: { diet: 'Vegetarian', terms: true, size: 'L' } },
      400,
      [{ field: 'answers.size', message: 'The registration form does not ask this question.' }],
      { lang: 'en' },
    ],
    ['malformed JSON', () => open, '{"name": "Marta", ', 400, [{ field: 'body', message: 'Nie udało się odczytać danych: treść nie jest poprawnym JSON-em.' }]],
    // The platform's edge reads every JSON body first: a malformed one never reaches the endpoint.
    ['malformed JSON, in English', () => open, '{"name": ', 400, [{ field: 'body', message: 'Send a valid JSON body.' }], { lang: 'en' }],
    ['a JSON array', () => open, '[1,2]', 400, [{ field: 'body', message: 'Wyślij dane zapisu jako obiekt JSON.' }]],
    [
      'a name of the wrong type and a bad address',
      () => open,
      { ...good(), name: 5, email: 'marta@' },
      400,
      [
        { field: 'name', message: 'Enter your name.' },
        { field: 'email', message: 'Enter a valid email address.' },
      ],
      { lang: 'en' },
    ],
    [
      'answers that are a list',
      () => open,
      { ...good(), answers: ['Wegetariańska'] },
      400,
      [{ field: 'body', message: 'Odpowiedzi wyślij jako obiekt: identyfikator pytania i odpowiedź.' }],
    ],
    [
      'a form post instead of JSON',
      () => open,
      'name=Marta',
      415,
      [{ field: 'body', message: 'Wyślij dane zapisu jako obiekt JSON.' }],
      { contentType: 'application/x-www-form-urlencoded' },
    ],
    ['the body’s language wins over the header', () => open, { ...good(), name: '', locale: 'en' }, 400, [{ field: 'name', message: 'Enter your name.' }]],
  ]

  // A rest parameter: rows without options would otherwise make jest take the sixth parameter for `done`.
  it.each(cases)('%s', async (...row: Case) => {
    const [, event, body, status, errors, options] = row
    const before = await totals(platform.payload)
    const answer = await registerFor(platform.baseURL, event(), body, options)
    expect(answer.status).toBe(status)
    expect(answer.body).toEqual({ errors })
    expect(await totals(platform.payload)).toEqual(before)
  })

  it('a second live registration of the same address (any case) is a 409 that says so', async () => {
    const before = await totals(platform.payload)
    const answer = await registerFor(platform.baseURL, open, { ...good(), email: taken.toUpperCase() })
    expect(answer.status).toBe(409)
    expect(answer.body.errors).toEqual([
      { field: 'email', message: 'Ten adres e-mail jest już zapisany na to wydarzenie. Sprawdź skrzynkę: wysłaliśmy tam link do zarządzania zapisem.' },
    ])
    expect(await totals(platform.payload)).toEqual(before)
  })

  it('past the per-IP limit: 429 with Retry-After, nothing stored', async () => {
    process.env.BIG_EVENTS_REGISTER_PER_IP = '1'
    try {
      const before = await totals(platform.payload)
      const answer = await registerFor(platform.baseURL, open, good())
      expect(answer.status).toBe(429)
      expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0)
      expect(answer.body.errors[0].message).toBe('Za dużo zapisów z Twojej sieci. Spróbuj ponownie później.')
      expect(await totals(platform.payload)).toEqual(before)
    } finally {
      process.env.BIG_EVENTS_REGISTER_PER_IP = '5000'
    }
  })
})

describe('access', () => {
  let siteA: number
  let as: Record<string, Session>
  let eventId: number
  let otherEventId: number
  let manageUrl: string
  let registrationId: number

  beforeAll(async () => {
    const cast = await createAccessCast(platform)
    siteA = cast.siteA
    as = cast.as
    await publishSiteAs(platform.payload, siteA)
    eventId = (await createEvent(platform.payload, siteA)).id
    otherEventId = (await createEvent(platform.payload, siteA)).id
  })

  it('registering acts for a visitor even in a browser signed in to the admin (another site’s owner)', async () => {
    const to = `${unique('signed-in')}@example.com`
    const answer = await registerFor(platform.baseURL, eventId, { name: 'Olga Zalogowana', email: to }, { cookie: as.ownerB.cookie() })
    expect(answer.status).toBe(201)
    manageUrl = answer.body.manageUrl
    registrationId = (await byEmail(platform.payload, eventId, to)).id
  })

  it('a cancel needs the registration’s own token on its own event; anything else is a 404 that changes nothing', async () => {
    const token = manageUrl.split('/events/registrations/')[1]
    const wrong = [
      `/api/public/big-events/${eventId}/registrations/${'A'.repeat(43)}/cancel`,
      `/api/public/big-events/${eventId}/registrations/short/cancel`,
      `/api/public/big-events/${otherEventId}/registrations/${token}/cancel`,
    ]
    for (const path of wrong) {
      const answer = await post(platform.baseURL, path, {})
      expect(answer.status).toBe(404)
      expect(answer.body.errors[0].message).toBe('Nie znaleźliśmy tego zapisu. Link może być niepełny: skopiuj cały adres z wiadomości e-mail.')
    }
    // A body that is there must be JSON: refused before anything happens.
    expect((await post(platform.baseURL, `/api/public/big-events/${eventId}/registrations/${token}/cancel`, 'x=1', { contentType: 'text/plain' })).status).toBe(
      415,
    )
    expect((await platform.payload.findByID({ collection: REGISTRATIONS, id: registrationId, overrideAccess: true })).status).toBe('confirmed') // trusted: test setup or inspection
    // The token works for anyone holding it, signed in or not (the owner of the site included: they act as the visitor).
    expect((await cancelAt(platform.baseURL, eventId, manageUrl)).status).toBe(200)
  })

  it('the registrations list: the site’s owner, admin and editor and staff read it (never the token); host, viewer, another owner and visitors do not', async () => {
    const readers = ['ownerA', 'admin', 'editor', 'staff']
    for (const who of Object.keys(as)) {
      const answer = await as[who].request('GET', `/api/${REGISTRATIONS}?where[event][equals]=${eventId}&depth=0`)
      const docs = answer.status === 200 ? answer.body.docs : []
      if (readers.includes(who)) {
        expect([who, docs.map((doc: { id: number }) => doc.id)]).toEqual([who, [registrationId]])
        expect(docs[0].token).toBeUndefined()
        expect(docs[0].tokenSeed).toBeUndefined()
      } else expect([who, docs]).toEqual([who, []])
    }
  })

  it('nobody creates, changes or moves registrations over the API, nor sets the seat count', async () => {
    for (const who of Object.keys(as)) {
      const created = await as[who].request('POST', `/api/${REGISTRATIONS}`, {
        site: siteA,
        event: eventId,
        name: 'X',
        email: 'x@example.com',
        status: 'confirmed',
      })
      expect([who, created.status]).toEqual([who, expect.any(Number)])
      expect([who, created.status >= 400]).toEqual([who, true])
      const changed = await as[who].request('PATCH', `/api/${REGISTRATIONS}/${registrationId}`, { status: 'confirmed' })
      expect([who, changed.status >= 400]).toEqual([who, true])
    }
    expect((await platform.payload.findByID({ collection: REGISTRATIONS, id: registrationId, overrideAccess: true })).status).toBe('cancelled') // trusted: test setup or inspection
    const edited = await as.ownerA.request('PATCH', `/api/${BIG_EVENTS}/${eventId}`, { currentParticipants: 99 })
    expect(edited.status).toBe(200)
    expect((await platform.payload.findByID({ collection: BIG_EVENTS, id: eventId, overrideAccess: true })).currentParticipants).toBe(0) // trusted: test setup or inspection
  })
})
