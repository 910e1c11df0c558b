/**
 * What visitors see of big events, over real HTTP on a real platform: the list endpoint (upcoming published
 * events only, their public shape, 404s), the events section (rendered with its data, left out when empty,
 * dropped from the cache when an event or registration changes), the event page (facts, description made safe,
 * form, schema.org markup matching the event, the full, cancelled and past states, the site's 404 for drafts),
 * the calendar download, and the event image's file made public by the plugin.
 */
import type { TestPlatform } from '@platform/testing'
import { calendarProperties as icsProps, startTestPlatform } from '@platform/testing'
import { BIG_EVENTS, REGISTRATIONS } from '../slugs'
import { createEvent, DESCRIPTION, get, inDays, jsonLdOf, QUESTIONS, siteWithSection, uploadImage } from './publicSupport'

let platform: TestPlatform
let site: { id: number; identifier: string; name: string }
type Doc = { id: number; slug?: string | null; title: string }
let retreat: Doc
let online: Doc
let draft: Doc
let cancelled: Doc
let past: Doc
let draftImageUrl: string
let retreatStart: string

beforeAll(async () => {
  platform = await startTestPlatform({ processJobs: false })
  const { payload } = platform
  ;({ site } = await siteWithSection(payload))
  const image = await uploadImage(payload, site.id)
  const draftImage = await uploadImage(payload, site.id)
  draftImageUrl = `/api/media-assets/file/${encodeURIComponent(draftImage.filename!)}`
  retreatStart = inDays(40)
  retreat = await createEvent(payload, site.id, {
    title: 'Weekend z jogą w górach',
    description: DESCRIPTION,
    image: image.id,
    startDate: retreatStart,
    endDate: inDays(42),
    location: 'Pensjonat Pod Lipami, ul. Leśna 3, 34-500 Zakopane',
    maxParticipants: 12,
    currentParticipants: 9,
    price: 1200,
    earlyBirdPrice: 990.5,
    earlyBirdEndsAt: inDays(10),
    details: QUESTIONS,
  })
  online = await createEvent(payload, site.id, {
    title: 'Warsztat oddechu online',
    startDate: inDays(5),
    endDate: inDays(5.1),
    locationKind: 'online',
    onlineUrl: 'https://meet.example.com/tajny-pokoj',
    maxParticipants: 2,
    currentParticipants: 2,
    price: 0,
  })
  draft = await createEvent(payload, site.id, { title: 'Szkic wyjazdu', status: 'draft', image: draftImage.id })
  cancelled = await createEvent(payload, site.id, { title: 'Odwołany warsztat', status: 'published' })
  await payload.update({ collection: BIG_EVENTS, id: cancelled.id, data: { status: 'cancelled' }, overrideAccess: true }) // test setup
  past = await createEvent(payload, site.id, { title: 'Zeszłoroczny wyjazd', startDate: inDays(-10), endDate: inDays(-8) })
})

afterAll(async () => {
  await platform?.close()
})

const listOf = (identifier: string, query = '', headers: Record<string, string> = {}) =>
  fetch(`${platform.baseURL}/api/public/sites/${identifier}/big-events${query}`, { headers }).then(async (response) => ({
    status: response.status,
    body: (await response.json()) as any,
  }))

describe('GET /api/public/sites/:identifier/big-events', () => {
  it('lists only the upcoming published events, soonest first, in their public shape', async () => {
    const { status, body } = await listOf(site.identifier)
    expect(status).toBe(200)
    expect(body.site).toEqual({ name: site.name, url: `${platform.payload.config.serverURL}/s/${site.identifier}` })
    expect(body.events.map((event: { title: string }) => event.title)).toEqual([online.title, retreat.title])
    const [breath, weekend] = body.events
    expect(Object.keys(weekend).sort()).toEqual(
      [
        'availability',
        'earlyBird',
        'endDate',
        'image',
        'locationKind',
        'place',
        'price',
        'seatsLeft',
        'slug',
        'startDate',
        'timeZone',
        'title',
        'url',
        'when',
      ].sort(),
    )
    expect(weekend).toMatchObject({
      slug: retreat.slug,
      url: `${platform.payload.config.serverURL}/s/${site.identifier}/events/${retreat.slug}`,
      startDate: retreatStart,
      timeZone: 'Europe/Warsaw',
      place: 'Pensjonat Pod Lipami, ul. Leśna 3, 34-500 Zakopane',
      locationKind: 'in_person',
      price: { amount: 99050, text: '990,50\u00a0zł', isFree: false },
      earlyBird: { amount: 99050, regularAmount: 120000, regularText: '1200,00\u00a0zł' },
      seatsLeft: 3,
      availability: 'available',
    })
    expect(weekend.when).toMatch(/^\d{1,2} \p{L}+ \d{4}, \d{2}:\d{2} – \d{1,2} \p{L}+ \d{4}, \d{2}:\d{2}$/u)
    expect(breath).toMatchObject({
      place: 'Online',
      locationKind: 'online',
      price: { amount: 0, text: 'Bezpłatne', isFree: true },
      seatsLeft: 0,
      availability: 'waitlist',
      earlyBird: null,
      image: null,
    })
    // Nothing of the meeting link, the clients or the counts beyond the seats left.
    const raw = JSON.stringify(body)
    for (const secret of ['meet.example.com', 'currentParticipants', 'maxParticipants', 'onlineUrl', '"id"', 'creator']) expect(raw).not.toContain(secret)
    // The image is the card variant, and a visitor may load it (the event is published).
    expect(weekend.image.url).toMatch(/^http:\/\/.+\/api\/media-assets\/file\/.+-768x\d+\.webp$/)
    expect(weekend.image.width).toBe(768)
    const file = await fetch(`${platform.baseURL}${new URL(weekend.image.url).pathname}`)
    expect([file.status, file.headers.get('content-type')]).toEqual([200, 'image/webp'])
  })

  it('speaks English when asked, with the English page addresses', async () => {
    const { body } = await listOf(site.identifier, '?locale=en')
    expect(body.events[1]).toMatchObject({
      url: expect.stringMatching(new RegExp(`/s/${site.identifier}/en/events/${retreat.slug}$`)),
      price: { text: 'PLN\u00a0990.50' },
    })
    expect(body.events[0].price.text).toBe('Free')
    expect((await listOf(site.identifier, '', { 'accept-language': 'en' })).body.events[0].place).toBe('Online')
    expect((await listOf(site.identifier, '?locale=de')).status).toBe(400)
  })

  it('answers 404 for an unknown or unpublished site', async () => {
    const unknown = await listOf('no-such-site-here')
    expect(unknown.status).toBe(404)
    expect(unknown.body.errors[0].message).toMatch(/Nie ma takiej strony/)
    const { site: hidden } = await siteWithSection(platform.payload, { publish: false })
    await createEvent(platform.payload, hidden.id, { title: 'Ukryte' })
    expect((await listOf(hidden.identifier)).status).toBe(404)
  })

  it('keeps a draft event’s image private (the plugin makes public only images of events with a page)', async () => {
    expect((await fetch(`${platform.baseURL}${draftImageUrl}`)).status).toBe(403)
  })
})

describe('the events section', () => {
  it('shows the upcoming events as cards with dates, place, price, early bird, seats left and links', async () => {
    const page = await get(`${platform.baseURL}/s/${site.identifier}`)
    expect(page.status).toBe(200)
    const html = page.text
    expect(html).toContain('<h2>Warsztaty i wyjazdy</h2>')
    expect(html).toContain(`<a href="/s/${site.identifier}/events/${retreat.slug}">${retreat.title}</a>`)
    expect(html).toContain(`href="/s/${site.identifier}/events/${online.slug}"`)
    for (const hidden of [draft, cancelled, past]) expect(html).not.toContain(hidden.title)
    expect(html).toContain('990,50\u00a0zł')
    expect(html).toMatch(/Cena promocyjna do \d{1,2} \p{L}+ \d{4}, \d{2}:\d{2} · Cena regularna: 1200,00\u00a0zł/u)
    expect(html).toContain('Zostały 3 miejsca')
    expect(html).toContain('Brak miejsc – lista rezerwowa')
    expect(html).toContain('Bezpłatne')
    expect(html).toMatch(/<img[^>]+srcSet="\/api\/media-assets\/file\/[^"]+-320x\d+\.webp 320w/)
    const english = await get(`${platform.baseURL}/s/${site.identifier}/en`)
    expect(english.text).toContain('Workshops and retreats')
    expect(english.text).toContain(`href="/s/${site.identifier}/en/events/${retreat.slug}"`)
    expect(english.text).toContain('3 seats left')
    expect(english.text).toContain('Fully booked – waiting list')
  })

  it('is left out of the page when the site has no upcoming event, and appears once one is published', async () => {
    const { site: quiet } = await siteWithSection(platform.payload)
    const before = await get(`${platform.baseURL}/s/${quiet.identifier}`)
    expect(before.status).toBe(200)
    expect(before.text).toContain('O nas')
    expect(before.text).not.toContain('section--bigEvents')
    expect(before.text).not.toContain('Warsztaty i wyjazdy')
    const event = await createEvent(platform.payload, quiet.id, { title: 'Pierwszy warsztat', status: 'draft' })
    expect((await get(`${platform.baseURL}/s/${quiet.identifier}`)).text).not.toContain('Pierwszy warsztat')
    await platform.payload.update({ collection: BIG_EVENTS, id: event.id, data: { status: 'published' }, overrideAccess: true }) // the owner publishes
    const after = await get(`${platform.baseURL}/s/${quiet.identifier}`)
    expect(after.text).toContain('section--bigEvents')
    expect(after.text).toContain('Pierwszy warsztat')
  })

  it('is served from the cache until an event or a registration of the site changes', async () => {
    const { site: busy } = await siteWithSection(platform.payload)
    const event = await createEvent(platform.payload, busy.id, { title: 'Joga przy świecach', maxParticipants: 5, currentParticipants: 1 })
    const url = `${platform.baseURL}/s/${busy.identifier}`
    const first = await get(url)
    expect(first.text).toContain('Zostały 4 miejsca')
    const etag = first.headers.get('etag')!
    // A write that no hook sees (straight to the table) does not show: the page came from the cache.
    await platform.payload.db.updateOne({ collection: BIG_EVENTS, id: event.id, data: { title: 'Zmiana bez haków' } })
    const cached = await get(url)
    expect(cached.headers.get('etag')).toBe(etag)
    expect(cached.text).toContain('Joga przy świecach')
    // A change through Payload drops the site's pages at once.
    await platform.payload.update({ collection: BIG_EVENTS, id: event.id, data: { currentParticipants: 3 }, overrideAccess: true }) // as the registration code does
    const changed = await get(url)
    expect(changed.text).toContain('Zostały 2 miejsca')
    expect(changed.text).toContain('Zmiana bez haków')
    // So does a registration of the site (its seats left may have moved).
    await platform.payload.db.updateOne({ collection: BIG_EVENTS, id: event.id, data: { currentParticipants: 4 } })
    const client = await platform.payload.create({
      collection: 'clients',
      data: { site: busy.id, email: 'ola@example.com', firstName: 'Ola' } as never,
      overrideAccess: true, // trusted: test setup or inspection
    }) // test setup
    await platform.payload.create({
      collection: REGISTRATIONS,
      data: { site: busy.id, event: event.id, client: client.id, name: 'Ola', email: 'ola@example.com', status: 'confirmed' },
      overrideAccess: true, // as the registration code does
    })
    expect((await get(url)).text).toContain('Zostało 1 miejsce')
  })
})

describe('the event page', () => {
  const pageUrl = (slug: string | null | undefined, prefix = '') => `${platform.baseURL}/s/${site.identifier}${prefix}/events/${slug}`

  it('shows the facts, the safe description, the calendar link and the form with the event’s questions', async () => {
    const page = await get(pageUrl(retreat.slug))
    expect(page.status).toBe(200)
    const html = page.text
    expect(html).toContain('<html lang="pl">')
    expect(html).toContain(`<title>${retreat.title} – ${site.name}</title>`)
    expect(html).toContain(`<a class="brand" href="/s/${site.identifier}">${site.name}</a>`) // the site's look
    expect(html).toContain(`<h1>${retreat.title}</h1>`)
    expect(html).toContain('Pensjonat Pod Lipami, ul. Leśna 3, 34-500 Zakopane')
    expect(html).toMatch(/Cena promocyjna 990,50\u00a0zł do \d{1,2} \p{L}+ \d{4}, \d{2}:\d{2} \(potem 1200,00\u00a0zł\)/u)
    expect(html).toContain('Zostały 3 miejsca')
    expect(html).toContain(`href="/api/public/big-events/${retreat.id}/ics"`)
    expect(html).toContain('Dodaj do kalendarza')
    // The description: text escaped, the javascript: link dropped to its text, headings below the page's h1.
    expect(html).toContain('<h2>Program</h2>')
    expect(html).toContain('<strong>Joga &lt;script&gt;alert(1)&lt;/script&gt; i cisza.</strong>')
    expect(html).not.toContain('javascript:')
    expect(html).toContain('<a href="https://example.com/plan" rel="noopener nofollow" target="_blank">plan</a>')
    // The form: name, email, each question by type, required ones marked, and the paid-event button.
    expect(html).toContain('data-island="site-page:events/:slug"')
    expect(html).toContain(`data-event-id="${retreat.id}"`)
    expect(html).toMatch(/<label for="be-name">Imię i nazwisko<span class="be-req"> \(wymagane\)<\/span><\/label>/)
    expect(html).toMatch(/<select[^>]*data-question-id="dieta"[^>]*required=""/)
    expect(html).toContain('<option value="Wegetariańska">Wegetariańska</option>')
    expect(html).toMatch(/<textarea[^>]*data-question-id="uwagi"/)
    expect(html).toMatch(/<input type="checkbox" data-question-id="regulamin"[^>]*required=""/)
    expect(html).toContain('Zapisz się i przejdź do płatności')
    expect(html).toMatch(/<p class="be-status" role="status" aria-live="polite"/)
    expect(html).toMatch(/<script src="\/_site-assets\/[0-9a-f]+\.js" defer="">/)
    // The site's script carries the form.
    const script = /<script src="(\/_site-assets\/[0-9a-f]+\.js)"/.exec(html)![1]
    const bundle = await (await fetch(`${platform.baseURL}${script}`)).text()
    expect(bundle).toContain('data-bigevent-form')
    expect(bundle).toContain('/registrations')
  })

  it('carries schema.org Event markup that matches the event, offers included', async () => {
    const html = (await get(pageUrl(retreat.slug))).text
    const [business, event] = jsonLdOf(html)
    expect(business['@type']).toBe('LocalBusiness')
    const url = `${platform.payload.config.serverURL}/s/${site.identifier}/events/${retreat.slug}`
    expect(event).toMatchObject({
      '@type': 'Event',
      name: retreat.title,
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: { '@type': 'Place', address: { '@type': 'PostalAddress', streetAddress: 'Pensjonat Pod Lipami, ul. Leśna 3, 34-500 Zakopane' } },
      organizer: { '@type': 'Organization', name: site.name, url: `${platform.payload.config.serverURL}/s/${site.identifier}` },
      url,
      description: expect.stringContaining('Joga <script>alert(1)</script> i cisza.'),
    })
    expect(Date.parse(event.startDate as string)).toBe(Date.parse(retreatStart))
    expect(event.startDate).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[12]:00$/)
    expect((event.image as string[])[0]).toMatch(/\/api\/media-assets\/file\/.+\.webp$/)
    expect(event.offers).toEqual([
      expect.objectContaining({ price: '990.50', priceCurrency: 'PLN', availability: 'https://schema.org/InStock', url, priceValidUntil: expect.any(String) }),
      expect.objectContaining({ price: '1200.00', priceCurrency: 'PLN', availability: 'https://schema.org/InStock', validFrom: expect.any(String) }),
    ])
    // The markup cannot be closed early by the event's text.
    expect(html).not.toContain('<script>alert(1)</script>')
  })

  it('for a full online event: SoldOut, the page as its virtual location, the waiting-list button, never the meeting link', async () => {
    const html = (await get(pageUrl(online.slug))).text
    const event = jsonLdOf(html)[1]
    expect(event.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode')
    expect(event.location).toEqual({ '@type': 'VirtualLocation', url: `${platform.payload.config.serverURL}/s/${site.identifier}/events/${online.slug}` })
    expect(event.offers).toEqual([expect.objectContaining({ price: '0.00', availability: 'https://schema.org/SoldOut' })])
    expect(html).toContain('Brak miejsc – lista rezerwowa')
    expect(html).toContain('Zapisz się na listę rezerwową')
    expect(html).toContain('Zapisz się na listę rezerwową – napiszemy, gdy zwolni się miejsce.')
    expect(html).toContain('Online – link do spotkania otrzymasz w potwierdzeniu zapisu.')
    expect(html).not.toContain('meet.example.com')
  })

  it('is in English under /en, with the labels in English and the Polish-only label as fallback', async () => {
    const page = await get(pageUrl(retreat.slug, '/en'))
    expect(page.status).toBe(200)
    expect(page.text).toContain('<html lang="en">')
    expect(page.text).toContain('Add to calendar')
    expect(page.text).toContain('Full name<span class="be-req"> (required)</span>')
    expect(page.text).toContain('<option value="Vegetarian">Vegetarian</option>')
    expect(page.text).toContain('>Uwagi</label>')
    expect(page.text).toContain('Register and pay')
    expect(page.text).toContain(`class="lang-switch" href="/s/${site.identifier}/events/${retreat.slug}"`)
  })

  it('says a cancelled or past event is closed, with no form; drafts and unknown addresses are the site’s 404', async () => {
    const gone = await get(pageUrl(cancelled.slug))
    expect(gone.status).toBe(200)
    expect(gone.text).toContain('To wydarzenie zostało odwołane.')
    expect(gone.text).not.toContain('data-bigevent-form')
    expect(jsonLdOf(gone.text)[1].eventStatus).toBe('https://schema.org/EventCancelled')
    const over = await get(pageUrl(past.slug))
    expect(over.text).toContain('To wydarzenie już się odbyło.')
    expect(over.text).not.toContain('data-bigevent-form')
    for (const slug of [draft.slug, 'nie-ma-takiego', 'ZLY..slug']) {
      const missing = await get(pageUrl(slug))
      expect(missing.status).toBe(404)
      expect(missing.text).toContain('Nie znaleziono strony')
      expect(missing.text).toContain(`<a class="brand" href="/s/${site.identifier}">${site.name}</a>`)
      expect(missing.text).toContain('noindex')
      expect(missing.text).not.toContain('Szkic wyjazdu')
    }
  })
})

describe('GET /api/public/big-events/:id/ics', () => {
  it('gives a calendar file with a stable UID, the address, and for an online event "Online" instead of the link', async () => {
    const url = `${platform.baseURL}/api/public/big-events/${retreat.id}/ics`
    const first = await fetch(url)
    expect(first.status).toBe(200)
    expect(first.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(first.headers.get('content-disposition')).toBe(`attachment; filename="${retreat.slug}.ics"`)
    const text = await first.text()
    const props = icsProps(text)
    const host = new URL(platform.payload.config.serverURL!).hostname
    expect(props).toMatchObject({ BEGIN: 'VCALENDAR', METHOD: 'PUBLISH', UID: `big-event-${retreat.id}@${host}`, STATUS: 'CONFIRMED' })
    expect(props.SUMMARY).toBe(retreat.title)
    expect(props.LOCATION).toBe('Pensjonat Pod Lipami\\, ul. Leśna 3\\, 34-500 Zakopane')
    expect(props.DTSTART).toBe(retreatStart.replace(/[-:]/g, '').replace(/\.\d{3}/, ''))
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1)
    expect(text.trimEnd().endsWith('END:VCALENDAR')).toBe(true)
    expect(await (await fetch(url)).text()).toBe(text) // the same file each time: the same UID and stamp

    const remote = icsProps(await (await fetch(`${platform.baseURL}/api/public/big-events/${online.id}/ics`)).text())
    expect(remote.LOCATION).toBe('Online')
    expect(JSON.stringify(remote)).not.toContain('meet.example.com')
    expect(icsProps(await (await fetch(`${platform.baseURL}/api/public/big-events/${cancelled.id}/ics`)).text())).toMatchObject({
      METHOD: 'CANCEL',
      STATUS: 'CANCELLED',
    })
  })

  it('answers 404 for a draft, an unknown id and nonsense', async () => {
    for (const id of [draft.id, 999999, 'abc']) {
      const answer = await fetch(`${platform.baseURL}/api/public/big-events/${id}/ics`)
      expect(answer.status).toBe(404)
      expect((await answer.json()).errors[0].message).toBe('Nie ma takiego wydarzenia.')
    }
  })
})
