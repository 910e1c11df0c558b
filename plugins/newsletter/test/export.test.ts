/**
 * The subscribers' CSV export over real HTTP: who may download it (owner, admin, editor, staff; not a viewer,
 * a host, another owner or a visitor), its columns and statuses, and escaping (quotes, formula injection).
 */
import type { CastMember, Session, TestPlatform } from '@platform/testing'
import { createAccessCast, createSite, createUser, PASSWORD, signIn, startTestPlatform } from '@platform/testing'
import { SUBSCRIPTIONS } from '../slugs'
import { addSubscriber, uniqueAddress } from './deliveries'

let platform: TestPlatform
let siteA: number
let siteB: number
let as: Record<CastMember, Session>

beforeAll(async () => {
  platform = await startTestPlatform({ processJobs: false })
  ;({ siteA, siteB, as } = await createAccessCast(platform))
})

afterAll(async () => {
  await platform?.close()
})

/** As the admin's download link: a same-origin navigation with the session cookie. */
const exportOf = (who: Session, site: number | string, language = 'pl') => {
  const cookie = who.cookie()
  return fetch(`${platform.baseURL}/api/${SUBSCRIPTIONS}/export.csv?site=${site}`, {
    headers: { 'accept-language': language, 'sec-fetch-site': 'same-origin', ...(cookie ? { cookie } : {}) },
  })
}

/** Parses the CSV this endpoint writes (RFC 4180, BOM first). */
const parseCsv = (bytes: ArrayBuffer): string[][] => {
  // The UTF-8 byte-order mark (response.text() would drop it).
  expect([...new Uint8Array(bytes.slice(0, 3))]).toEqual([0xef, 0xbb, 0xbf])
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  const body = text.slice(1)
  for (let i = 0; i < body.length; i++) {
    const char = body[i]
    if (quoted && char === '"' && body[i + 1] === '"') {
      cell += '"'
      i++
    } else if (quoted && char === '"') {
      quoted = false
    } else if (quoted) {
      cell += char
    } else if (char === '"') {
      quoted = true
    } else if (char === ',') {
      row.push(cell)
      cell = ''
    } else if (char === '\r' && body[i + 1] === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      i++
    } else {
      cell += char
    }
  }
  return rows
}

describe('who may export', () => {
  it('owner, admin, editor and staff get the CSV; a viewer or host 403; another owner 404; a visitor 401', async () => {
    await addSubscriber(platform.payload, siteA)
    for (const who of ['ownerA', 'admin', 'editor', 'staff'] as const) {
      const answer = await exportOf(as[who], siteA)
      expect({ who, status: answer.status }).toEqual({ who, status: 200 })
      expect(answer.headers.get('content-type')).toBe('text/csv; charset=utf-8')
      expect(answer.headers.get('content-disposition')).toMatch(/^attachment; filename="newsletter-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.csv"$/)
    }
    for (const who of ['viewer', 'host'] as const) expect({ who, status: (await exportOf(as[who], siteA)).status }).toEqual({ who, status: 403 })
    expect((await exportOf(as.ownerB, siteA)).status).toBe(404)
    expect((await exportOf(as.ownerA, 999999)).status).toBe(404)
    expect((await exportOf(as.visitor, siteA)).status).toBe(401)
    expect((await exportOf(as.ownerA, 'abc')).status).toBe(400)
  })
})

describe('content', () => {
  it("lists only the site's subscribers with their status and counters, escaped, in the user's language", async () => {
    const owner = await createUser(platform.payload)
    const site = (await createSite(platform.payload, owner.id)).id
    const other = await addSubscriber(platform.payload, siteB)
    const confirmed = await addSubscriber(platform.payload, site, {
      frequency: 'weekly',
      isConfirmed: true,
      confirmedAt: '2026-11-02T09:20:00.000Z',
      emailsSent: 3,
      emailsOpened: 2,
      emailsClicked: 1,
    })
    const pending = await addSubscriber(platform.payload, site, { email: `=cmd|calc${uniqueAddress('x')}` })
    const left = await addSubscriber(platform.payload, site, {
      email: `+${uniqueAddress('plus')}`,
      isActive: false,
      unsubscribedAt: '2026-11-10T10:00:00.000Z',
    })
    const bounced = await addSubscriber(platform.payload, site, { isActive: false, hardBouncedAt: '2026-11-11T10:00:00.000Z', softBounceCount: 2 })
    const ownerSession = await signIn(platform.baseURL, owner.email, PASSWORD)

    const rows = parseCsv(await (await exportOf(ownerSession, site)).arrayBuffer())
    expect(rows[0]).toEqual([
      'E-mail',
      'Częstotliwość',
      'Język',
      'Status',
      'Zapisano',
      'Potwierdzono',
      'Wypisano',
      'Trwałe odrzucenie',
      'Ostatnia wysyłka',
      'Wysłane',
      'Otwarte',
      'Kliknięte',
      'Tymczasowe odrzucenia',
    ])
    const byEmail = new Map(rows.slice(1).map((row) => [row[0], row]))
    expect(rows).toHaveLength(5)
    expect(byEmail.has(other.email)).toBe(false)
    expect(byEmail.get(confirmed.email)).toEqual([
      confirmed.email,
      'co tydzień',
      'polski',
      'potwierdzony',
      expect.stringMatching(/^\d{4}-/),
      '2026-11-02T09:20:00.000Z',
      '',
      '',
      '',
      '3',
      '2',
      '1',
      '0',
    ])
    // Formula-like addresses are defused with a leading quote.
    expect(byEmail.get(`'${pending.email}`)?.[3]).toBe('oczekujący na potwierdzenie')
    expect(byEmail.get(`'${left.email}`)?.slice(3, 7)).toEqual(['wypisany', expect.any(String), '', '2026-11-10T10:00:00.000Z'])
    expect(byEmail.get(bounced.email)?.[3]).toBe('odrzucony')
    expect(byEmail.get(bounced.email)?.[12]).toBe('2')

    const english = parseCsv(await (await exportOf(ownerSession, site, 'en')).arrayBuffer())
    expect(english[0][0]).toBe('Email')
    expect(new Map(english.slice(1).map((row) => [row[0], row])).get(confirmed.email)?.slice(1, 4)).toEqual(['weekly', 'Polish', 'confirmed'])
  })
})
