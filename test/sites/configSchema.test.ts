/**
 * GET /api/sites/config-schema over real HTTP: anonymous callers get a 401;
 * a signed-in user gets every registered section type (including one
 * registered after start-up, as a plugin may) with its JSON Schema and label,
 * the fonts and the locales.
 */
import { z } from 'zod'

import { createUser, PASSWORD } from '../../src/platform/testing/fixtures'
import { session, signIn } from '../../src/platform/testing/http'
import { startTestPlatform, type TestPlatform } from '../../src/platform/testing/platform'
import { localizedText, registerSectionType, sectionSchema, sectionTypes } from '../../src/platform/sites/sectionRegistry'
import { SITE_FONTS } from '../../src/platform/sites/templateConfig'

let platform: TestPlatform

beforeAll(async () => {
  platform = await startTestPlatform({ processJobs: false })
})

afterAll(async () => {
  await platform?.close()
})

type Schema = { sections: { type: string; label: { pl: string; en: string }; schema: any }[]; fonts: string[]; locales: string[] }

test('anonymous callers get a 401 and no schema', async () => {
  const response = await session(platform.baseURL).request('GET', '/api/sites/config-schema')
  expect(response.status).toBe(401)
  expect(response.body.errors[0].message).toMatch(/sign in/i)
  expect(response.body.sections).toBeUndefined()
})

test('a signed-in user gets every registered section type, the fonts and the locales', async () => {
  registerSectionType('test/quote', sectionSchema({ quote: localizedText, author: z.string().optional() }), { label: { en: 'Quote', pl: 'Cytat' } })
  const user = await createUser(platform.payload)
  const client = await signIn(platform.baseURL, user.email, PASSWORD)
  const response = await client.request<Schema>('GET', '/api/sites/config-schema')
  expect(response.status).toBe(200)
  const types = response.body.sections.map((section) => section.type)
  expect(types).toEqual(sectionTypes())
  expect(types).toEqual(expect.arrayContaining(['hero', 'about', 'services', 'team', 'contact', 'customComponent', 'test/quote']))

  const hero = response.body.sections.find((section) => section.type === 'hero')!
  expect(hero.label).toEqual({ en: 'Hero banner', pl: 'Baner główny' })
  expect(hero.schema.required).toEqual(expect.arrayContaining(['type', 'heading']))
  expect(hero.schema.properties.heading.required).toEqual(['pl', 'en'])
  expect(hero.schema.properties.image.required).toEqual(['mediaId'])

  const quote = response.body.sections.find((section) => section.type === 'test/quote')!
  expect(quote.label).toEqual({ en: 'Quote', pl: 'Cytat' })
  expect(Object.keys(quote.schema.properties)).toEqual(['type', 'id', 'hidden', 'quote', 'author'])
  expect(quote.schema.required).not.toContain('author')

  expect(response.body.fonts).toEqual([...SITE_FONTS])
  expect(response.body.locales).toEqual(['pl', 'en'])
})
