/**
 * The admin in Polish (browser language pl-PL), as the demo owner anna: a save refused for an emptied
 * required text says "Start › Baner główny › Nagłówek (PL) jest wymagany" in the toast and beside the field
 * (the editor's list, the input marked), and comparing two published versions shows the labelled, readable
 * changes — "Start › Baner główny › Nagłówek (PL): „Witaj” → „Dzień dobry”" — with the changed image as
 * thumbnails; the version list says which version is published and what changed.
 */
import type { Page } from 'playwright-core'

import sharp from 'sharp'

import { expect, test } from './harness'
import { signIn } from './signIn'
import { acceptCurrentTerms } from './terms'

const POLISH = { locale: 'pl-PL' }
const text = (pl: string, en: string) => ({ pl, en })
const config = (heading: string, mediaId?: number) => ({
  pages: [
    {
      slug: 'home',
      title: text('Start', 'Home'),
      sections: [
        { type: 'hero', id: 'hero', heading: text(heading, heading), ...(mediaId ? { image: { mediaId } } : {}) },
        { type: 'about', id: 'about', heading: text('O mnie', 'About me'), body: text('Treść', 'Text') },
      ],
    },
  ],
})

/** A REST call in the page (same origin, the session cookie); throws unless it answers 2xx. */
const api = (page: Page, method: string, path: string, body?: unknown) =>
  page.evaluate(
    async ({ method, path, body }) => {
      const response = await fetch(`/api${path}`, {
        method,
        credentials: 'include',
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      const json = await response.json().catch(() => undefined)
      if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${JSON.stringify(json)}`)
      return json
    },
    { method, path, body },
  )

/** Uploads a PNG of `colour` as a media asset of the site; returns its id. */
const uploadImage = async (page: Page, siteId: number, colour: string): Promise<number> => {
  const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: colour } })
    .png()
    .toBuffer()
  return page.evaluate(
    async ({ siteId, base64, name }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
      const form = new FormData()
      form.append('file', new File([bytes], name, { type: 'image/png' }))
      form.append('_payload', JSON.stringify({ site: siteId }))
      const response = await fetch('/api/media-assets', { method: 'POST', credentials: 'include', body: form })
      if (!response.ok) throw new Error(`upload answered ${response.status}`)
      return (await response.json()).doc.id as number
    },
    { siteId, base64: png.toString('base64'), name: `${colour.slice(1)}.png` },
  )
}

test('admin in Polish: a refused save names the field as the owner sees it; compare shows a labelled diff', async ({ newPage, screenshot }) => {
  const page = await newPage(POLISH)
  await signIn(page, 'anna@example.com')
  await acceptCurrentTerms(page)
  const stamp = Date.now().toString(36)
  const created = await api(page, 'POST', '/sites', { name: `Komunikaty ${stamp}`, identifier: `komunikaty-${stamp}`, templateConfig: config('Witaj') })
  const id: number = created.doc.id
  try {
    // Two published versions: the hero's heading and image change between them.
    const first = await uploadImage(page, id, '#e07a5f')
    const second = await uploadImage(page, id, '#3d405b')
    await api(page, 'PATCH', `/sites/${id}`, { templateConfig: config('Witaj', first) })
    await api(page, 'POST', `/sites/${id}/publish`, {})
    await api(page, 'PATCH', `/sites/${id}`, { templateConfig: config('Dzień dobry', second) })
    await api(page, 'POST', `/sites/${id}/publish`, {})

    await page.goto(`/admin/collections/sites/${id}`)
    await page.locator('[data-testid="site-editor"]').waitFor()
    await page.locator('[data-tab="pages"]', { hasText: 'Podstrony i sekcje' }).waitFor()

    // The version list: published or not, and what changed.
    const v2 = page.locator('[data-testid="site-panel-versions"] li[data-version-number="2"]')
    await v2.waitFor()
    expect((await v2.getAttribute('data-published')) === 'true', 'version 2 is not marked as the published one')
    const summary = await v2.locator('[data-testid="version-summary"]').innerText()
    expect(/^3 zmiany: Baner główny › Nagłówek \(PL\)/.test(summary), `version 2's summary reads "${summary}"`)
    expect((await page.locator('li[data-version-number="1"] [data-testid="version-summary"]').innerText()) === 'Pierwsza wersja', 'version 1 is not the first')

    // Compare: labelled lines, the image as two thumbnails.
    await page.locator('li[data-version-number="1"] input[type="checkbox"]').check()
    await page.locator('li[data-version-number="2"] input[type="checkbox"]').check()
    await page.getByRole('button', { name: 'Porównaj dwie wybrane wersje' }).click()
    const diff = page.locator('[data-testid="site-panel-diff"]')
    const heading = diff.locator('li[data-change-path="pages[0].sections[0].heading.pl"]')
    await heading.waitFor()
    const line = await heading.innerText()
    expect(line === 'Start › Baner główny › Nagłówek (PL): „Witaj” → „Dzień dobry”', `the compared heading reads "${line}"`)
    const image = diff.locator('li[data-change-path="pages[0].sections[0].image"]')
    expect((await image.innerText()).startsWith('Start › Baner główny › Obraz'), `the image line reads "${await image.innerText()}"`)
    await image.locator(`img.site-panel__diff-thumb[data-media-id="${first}"]`).waitFor()
    await image.locator(`img.site-panel__diff-thumb[data-media-id="${second}"]`).waitFor()
    expect(!(await diff.innerText()).includes('pages[0]'), 'the diff still shows raw paths')
    await screenshot(page, 'compare-pl')

    // A refused save: the toast and the editor say it in Polish, and the emptied input is marked.
    await page.locator('[data-path="pages[0].sections[0].heading.pl"]').fill('')
    await page.locator('#action-save').click()
    const sentence = 'Start › Baner główny › Nagłówek (PL) jest wymagany'
    const toast = page.locator('[data-sonner-toast]', { hasText: sentence })
    await toast.waitFor()
    const toastText = await toast.innerText()
    expect(toastText.includes('Nie zapisano zmian') && !toastText.includes('pages['), `the toast reads "${toastText}"`)
    const errors = page.locator('[data-testid="site-editor-errors"]')
    await errors.getByText(sentence).waitFor()
    // The editor asks the server which inputs the problems name, then marks them.
    await page.locator('input[data-path="pages[0].sections[0].heading.pl"][aria-invalid="true"]').waitFor()
    await screenshot(page, 'refused-save-pl')
    const stored = await api(page, 'GET', `/sites/${id}?depth=0`)
    expect(stored.templateConfig.pages[0].sections[0].heading.pl === 'Dzień dobry', 'the refused save changed the stored heading')
  } finally {
    const status = await page
      .evaluate(async (siteId) => (await fetch(`/api/sites/${siteId}`, { method: 'DELETE', credentials: 'include' })).status, id)
      .catch((error: unknown) => String(error))
    if (status !== 200) console.log(`      (could not delete the test site ${id}: ${status})`)
  }
})
