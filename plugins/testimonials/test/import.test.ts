/**
 * The CSV import over real HTTP (POST /api/testimonials/import?site=): the dry-run preview, the import itself
 * (source `imported`, approved unless the owner says otherwise, dates from the file), all or nothing on bad rows
 * with messages naming row and column, duplicates skipped, limits, who may import, and two uploads of one file at
 * once storing it once.
 */
import type { Session, TestPlatform } from '@platform/testing'
import { addTeamMember, createSite, createUser, PASSWORD, session, signIn, startTestPlatform } from '@platform/testing'
import { TESTIMONIALS } from '../slugs'
import { addTestimonial, send } from './moderationFixtures'

let platform: TestPlatform
let ownerA: Session
let ownerB: Session
let editor: Session
let viewer: Session
let siteB: number

beforeAll(async () => {
  platform = await startTestPlatform({ processJobs: false })
  const [a, b] = await Promise.all([createUser(platform.payload), createUser(platform.payload)])
  ownerA = await signIn(platform.baseURL, a.email, PASSWORD)
  ownerB = await signIn(platform.baseURL, b.email, PASSWORD)
  siteB = (await createSite(platform.payload, b.id)).id
  const [editorUser, viewerUser] = await Promise.all([createUser(platform.payload), createUser(platform.payload)])
  const shared = (await createSite(platform.payload, a.id)).id
  await addTeamMember(platform.payload, shared, editorUser.id, editorUser.email, 'editor')
  await addTeamMember(platform.payload, shared, viewerUser.id, viewerUser.email, 'viewer')
  editor = await signIn(platform.baseURL, editorUser.email, PASSWORD)
  viewer = await signIn(platform.baseURL, viewerUser.email, PASSWORD)
  ownerSites.shared = shared
  ownerSites.ownerId = a.id
})

const ownerSites: { shared?: number; ownerId?: number } = {}

afterAll(async () => {
  await platform?.close()
})

/** A fresh site of owner A for each test, so none sees another's testimonials. */
const freshSite = async () => (await createSite(platform.payload, ownerSites.ownerId!)).id

const upload = (
  who: Session,
  site: number | string,
  body: BodyInit,
  query: Record<string, string> = {},
  language = 'en',
  contentType = 'text/csv; charset=utf-8',
) =>
  send(platform.baseURL, who, 'POST', `/api/${TESTIMONIALS}/import?${new URLSearchParams({ site: String(site), ...query })}`, { body, contentType, language })

const stored = async (site: number) =>
  (
    await platform.payload.find({
      collection: TESTIMONIALS,
      where: { site: { equals: site } },
      sort: 'authorName',
      pagination: false,
      depth: 0,
      overrideAccess: true, // trusted: the test checks what is stored
    })
  ).docs

/** Polish headers, semicolons, a BOM, Polish and ISO dates, a quoted cell with a semicolon and a line break. */
const POLISH_FILE =
  '\uFEFFAutor;Ocena;Treść;Data\r\n' +
  'Anna Kowalska;5;"Świetne sesje; polecam każdemu.";15.03.2024\r\n' +
  'Jan Nowak;4;"Pomogło mi.\nDziękuję!";2023-11-02\r\n' +
  'Zofia Żak;★★★★★;Cudownie;7 września 2022\r\n' +
  ';;;\r\n' +
  'Piotr;3/5;Dobrze;\r\n'

describe('importing a CSV file', () => {
  it('previews a Polish file (headers, semicolons, BOM, dates) without storing, then imports it as approved `imported` testimonials', async () => {
    const site = await freshSite()
    const preview = await upload(ownerA, site, POLISH_FILE, { dryRun: 'true' })
    expect(preview.status).toBe(200)
    expect(preview.body).toEqual({
      rows: [
        { row: 2, authorName: 'Anna Kowalska', rating: 5, content: 'Świetne sesje; polecam każdemu.', givenOn: '2024-03-15', duplicate: false },
        { row: 3, authorName: 'Jan Nowak', rating: 4, content: 'Pomogło mi.\nDziękuję!', givenOn: '2023-11-02', duplicate: false },
        { row: 4, authorName: 'Zofia Żak', rating: 5, content: 'Cudownie', givenOn: '2022-09-07', duplicate: false },
        { row: 6, authorName: 'Piotr', rating: 3, content: 'Dobrze', givenOn: null, duplicate: false },
      ],
      errors: [],
    })
    expect(await stored(site)).toHaveLength(0)

    const before = Date.now()
    const imported = await upload(ownerA, site, POLISH_FILE, { locale: 'pl' })
    expect(imported.status).toBe(201)
    expect(imported.body).toEqual({ imported: 4, skipped: [] })
    const docs = await stored(site)
    // A row without a date is given "now", as every testimonial is (givenAt's default): lists sort by it.
    const piotr = docs.find((doc) => doc.authorName === 'Piotr')!
    expect(Date.parse(piotr.givenAt!)).toBeGreaterThanOrEqual(before - 1000)
    expect(Date.parse(piotr.givenAt!)).toBeLessThanOrEqual(Date.now())
    expect(
      docs.map((doc) => [doc.authorName, doc.rating, doc.content, doc === piotr ? 'now' : doc.givenAt, doc.source, doc.status, doc.isApproved, doc.locale]),
    ).toEqual([
      ['Anna Kowalska', 5, 'Świetne sesje; polecam każdemu.', '2024-03-15T12:00:00.000Z', 'imported', 'approved', true, 'pl'],
      ['Jan Nowak', 4, 'Pomogło mi.\nDziękuję!', '2023-11-02T12:00:00.000Z', 'imported', 'approved', true, 'pl'],
      ['Piotr', 3, 'Dobrze', 'now', 'imported', 'approved', true, 'pl'],
      ['Zofia Żak', 5, 'Cudownie', '2022-09-07T12:00:00.000Z', 'imported', 'approved', true, 'pl'],
    ])
    for (const doc of docs) {
      expect(Date.parse(doc.moderatedAt!)).toBeGreaterThanOrEqual(before - 1000)
      expect(doc.isVerifiedClient).toBe(false)
    }
  })

  it('imports English headers with commas as pending, in English, when the owner does not approve on import; an editor may import', async () => {
    const site = ownerSites.shared!
    const file = 'author,rating,text,date\n"Smith, Anna",5,Great coach,2024-01-20\nTom,4,"Calm, kind, clear.",20.01.2024\n'
    const answer = await upload(editor, site, file, { approve: 'false', locale: 'en' })
    expect(answer.status).toBe(201)
    const docs = await stored(site)
    expect(docs.map((doc) => [doc.authorName, doc.status, doc.isApproved, doc.locale, doc.source, doc.moderatedAt ?? null])).toEqual([
      ['Smith, Anna', 'pending', false, 'en', 'imported', null],
      ['Tom', 'pending', false, 'en', 'imported', null],
    ])
  })

  it('reads a file from a Polish Excel (Windows-1250, no BOM)', async () => {
    const site = await freshSite()
    // "autor;ocena;treść\nŁucja;5;Dziękuję\n" in Windows-1250 (ś=0x9C, Ł=0xA3, ę=0xEA).
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('autor;ocena;tre'),
      0x9c,
      ...new TextEncoder().encode('\u0063\n'),
      0xa3,
      ...new TextEncoder().encode('ucja;5;Dzi'),
      0xea,
      ...new TextEncoder().encode('kuj'),
      0xea,
      0x0a,
    ])
    const answer = await upload(ownerA, site, bytes)
    expect(answer.status).toBe(201)
    expect((await stored(site)).map((doc) => [doc.authorName, doc.content])).toEqual([['Łucja', 'Dziękuję']])
  })
})

describe('bad rows', () => {
  const BAD_FILE = 'autor;ocena;treść;data\nAnna;5;Dobrze;15.03.2024\n;6;Źle;31.02.2024\nJan;4;;\n'

  it('import nothing: 400 with a message per problem naming its row and column, in the request’s language', async () => {
    const site = await freshSite()
    const answer = await upload(ownerA, site, BAD_FILE, {}, 'pl')
    expect(answer.status).toBe(400)
    expect(answer.body.errors).toEqual([
      { message: 'Nic nie zaimportowano: popraw błędy w pliku i wyślij go ponownie.' },
      { row: 3, column: 'author', message: 'Wiersz 3, kolumna „autor”: pole jest puste.' },
      { row: 3, column: 'rating', message: 'Wiersz 3, kolumna „ocena”: „6” nie jest oceną od 1 do 5 (wpisz liczbę całkowitą, np. 5).' },
      { row: 3, column: 'date', message: 'Wiersz 3, kolumna „data”: „31.02.2024” nie jest datą (np. 15.03.2024 albo 2024-03-15).' },
      { row: 4, column: 'text', message: 'Wiersz 4, kolumna „treść”: pole jest puste.' },
    ])
    expect(await stored(site)).toHaveLength(0)

    const english = await upload(ownerA, site, BAD_FILE, {}, 'en')
    expect(english.body.errors[2].message).toBe('Row 3, column "ocena": "6" is not a rating from 1 to 5 (write a whole number, e.g. 5).')
  })

  it('the preview lists the good rows and the same errors', async () => {
    const site = await freshSite()
    const preview = await upload(ownerA, site, BAD_FILE, { dryRun: 'true' })
    expect(preview.status).toBe(200)
    expect(preview.body.rows.map((row: { row: number }) => row.row)).toEqual([2])
    expect(preview.body.errors.map((error: { row: number; column: string }) => [error.row, error.column])).toEqual([
      [3, 'author'],
      [3, 'rating'],
      [3, 'date'],
      [4, 'text'],
    ])
    expect(await stored(site)).toHaveLength(0)
  })

  it('refuses a whole file that cannot be read: missing columns, no rows, too many rows, too large, not CSV', async () => {
    const site = await freshSite()
    const missing = await upload(ownerA, site, 'autor;data\nAnna;2024-01-01\n', {}, 'pl')
    expect(missing).toEqual({
      status: 400,
      body: { errors: [{ message: 'W pierwszym wierszu brakuje kolumn: „ocena” (lub „rating”), „treść” (lub „text”).' }] },
    })
    expect((await upload(ownerA, site, 'autor;ocena;treść\n')).status).toBe(400)
    const many = `autor;ocena;treść\n${Array.from({ length: 1001 }, (_, i) => `Osoba ${i};5;Tekst ${i}`).join('\n')}`
    const tooMany = await upload(ownerA, site, many, {}, 'pl')
    expect(tooMany.status).toBe(400)
    expect(tooMany.body.errors[0].message).toBe('Plik ma 1001 opinii; naraz można zaimportować najwyżej 1000. Podziel plik na części.')
    const large = await upload(ownerA, site, `autor;ocena;treść\nAnna;5;${'x'.repeat(600 * 1024)}\n`)
    expect(large.status).toBe(413)
    expect(large.body.errors[0].message).toBe('The file is too large: at most 512 KB.')
    expect((await upload(ownerA, site, 'autor;ocena;treść\nAnna;5;ok\n', {}, 'en', 'text/plain')).status).toBe(415)
    expect((await upload(ownerA, site, 'autor;ocena;treść\nAnna;5;ok\n', { locale: 'de' })).status).toBe(400)
    expect(await stored(site)).toHaveLength(0)
  })
})

describe('duplicates', () => {
  it('skips rows the site already has (any status, ignoring case and spacing) and repeats within the file, and reports them', async () => {
    const site = await freshSite()
    await addTestimonial(platform.payload, site, { authorName: 'Anna Kowalska', content: 'Świetne sesje; polecam każdemu.', status: 'rejected' })
    const file = 'autor;ocena;treść\nanna  kowalska;5;"Świetne sesje;  polecam każdemu."\nOla;5;Super\nOla;5;super\nEwa;4;Miło\n'

    const preview = await upload(ownerA, site, file, { dryRun: 'true' })
    expect(preview.body.rows.map((row: { row: number; duplicate: boolean }) => [row.row, row.duplicate])).toEqual([
      [2, true],
      [3, false],
      [4, true],
      [5, false],
    ])
    const answer = await upload(ownerA, site, file)
    expect(answer).toEqual({
      status: 201,
      body: {
        imported: 2,
        skipped: [
          { row: 2, authorName: 'anna kowalska' },
          { row: 4, authorName: 'Ola' },
        ],
      },
    })
    expect((await stored(site)).map((doc) => [doc.authorName, doc.source])).toEqual([
      ['Anna Kowalska', 'form'],
      ['Ewa', 'imported'],
      ['Ola', 'imported'],
    ])
    // The same file again imports nothing.
    expect((await upload(ownerA, site, file)).body).toMatchObject({ imported: 0 })
  })

  it('stores a file sent twice at once only once', async () => {
    const site = await freshSite()
    const file = `autor;ocena;treść\n${Array.from({ length: 15 }, (_, i) => `Osoba ${i};5;Tekst numer ${i}`).join('\n')}\n`
    const answers = await Promise.all([upload(ownerA, site, file), upload(ownerA, site, file)])
    expect(answers.map((answer) => answer.status)).toEqual([201, 201])
    expect(answers.map((answer) => answer.body.imported).sort()).toEqual([0, 15])
    expect(answers.map((answer) => answer.body.skipped.length).sort()).toEqual([0, 15])
    expect(await stored(site)).toHaveLength(15)
  })
})

describe('who may import', () => {
  it('not another site’s owner (404), a viewer (403) or a visitor (401); nothing is stored', async () => {
    const file = 'autor;ocena;treść\nIntruz;1;Nie moja strona\n'
    const site = await freshSite()
    const foreign = await upload(ownerB, site, file)
    expect(foreign.status).toBe(404)
    expect((await upload(ownerB, site, file, { dryRun: 'true' })).status).toBe(404)
    expect((await upload(viewer, ownerSites.shared!, file)).status).toBe(403)
    expect((await upload(session(platform.baseURL), site, file)).status).toBe(401)
    expect((await upload(ownerA, 'abc', file)).status).toBe(400)
    expect(await stored(site)).toHaveLength(0)
    expect((await stored(ownerSites.shared!)).map((doc) => doc.authorName)).not.toContain('Intruz')
    // Their own site works for them.
    expect((await upload(ownerB, siteB, file)).status).toBe(201)
  })
})
