import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { collectMediaIds } from '../media/collectMediaIds'
import { localizedText, registerSectionType, sectionSchema } from './sectionRegistry'
import { loadTemplateFiles, siteTemplatesDir, templateHash, withoutUnknownSections } from './systemTemplates'

describe('starter site templates (templates/sites/*.json)', () => {
  it('are at least three, each valid, bilingual and without media the platform does not have', async () => {
    const files = await loadTemplateFiles(siteTemplatesDir())
    expect(files.length).toBeGreaterThanOrEqual(3)
    for (const file of files) {
      expect(file.name).toBeTruthy()
      expect(file.description).toBeTruthy()
      expect(collectMediaIds(file.config)).toEqual([])
      expect((file.config.pages as unknown[]).length).toBeGreaterThan(0)
    }
  })

  it('reject a file whose config is invalid, naming the file and the path', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'site-templates-'))
    await writeFile(path.join(dir, 'bad.json'), JSON.stringify({ name: 'Bad', config: { theme: { colors: { primary: 'blue' } } } }))
    await expect(loadTemplateFiles(dir)).rejects.toThrow('templates/sites/bad.json: invalid config: theme.colors.primary')
  })

  it('leave out sections of types no plugin registered, name them once, and gain them once the type is registered', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'site-templates-'))
    const heading = { pl: 'Nagłówek', en: 'Heading' }
    const config = {
      pages: [
        {
          slug: 'home',
          title: heading,
          sections: [
            { type: 'hero', heading },
            { type: 'later/quotes', heading },
            { type: 'later/quotes', heading },
          ],
        },
      ],
    }
    await writeFile(path.join(dir, 'starter.json'), JSON.stringify({ name: 'Starter', description: 'x', config }))
    const log: string[] = []
    const [before] = await loadTemplateFiles(dir, { log: (message) => log.push(message) })
    expect((before.config.pages as { sections: { type: string }[] }[])[0].sections.map((section) => section.type)).toEqual(['hero'])
    await loadTemplateFiles(dir, { log: (message) => log.push(message) })
    expect(log).toEqual(['Site templates: left out sections of types no plugin registers: later/quotes'])

    registerSectionType('later/quotes', sectionSchema({ heading: localizedText }), { owner: 'later' })
    const [after] = await loadTemplateFiles(dir)
    expect(after.config).toEqual(config)
    expect(templateHash(after)).not.toBe(templateHash(before))
  })

  it('keep a config without pages as it is when leaving out unknown sections', () => {
    expect(withoutUnknownSections({ seo: {} }, new Set())).toEqual({ config: { seo: {} }, dropped: [] })
    expect(withoutUnknownSections({ pages: [{ slug: 'a' }] }, new Set()).config).toEqual({ pages: [{ slug: 'a' }] })
  })

  it('hash the content independently of key order', () => {
    expect(templateHash({ name: 'A', description: '', config: { a: 1, b: { c: 2, d: 3 } } })).toBe(
      templateHash({ name: 'A', description: null, config: { b: { d: 3, c: 2 }, a: 1 } }),
    )
    expect(templateHash({ name: 'A', config: { a: 1 } })).not.toBe(templateHash({ name: 'A', config: { a: 2 } }))
  })
})
