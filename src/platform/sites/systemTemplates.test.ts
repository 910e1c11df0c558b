import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { collectMediaIds } from '../media/collectMediaIds'
import { loadTemplateFiles, siteTemplatesDir, templateHash } from './systemTemplates'

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

  it('hash the content independently of key order', () => {
    expect(templateHash({ name: 'A', description: '', config: { a: 1, b: { c: 2, d: 3 } } })).toBe(
      templateHash({ name: 'A', description: null, config: { b: { d: 3, c: 2 }, a: 1 } }),
    )
    expect(templateHash({ name: 'A', config: { a: 1 } })).not.toBe(templateHash({ name: 'A', config: { a: 2 } }))
  })
})
