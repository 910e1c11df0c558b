import fs from 'node:fs'
import path from 'node:path'

import { summarizeTemplate } from './summarizeTemplate'

test('lists the theme colours in a fixed order and counts pages and sections', () => {
  expect(
    summarizeTemplate({
      theme: { colors: { text: '#111', primary: '#222', accent: 3 } },
      pages: [{ sections: [{}, {}] }, { sections: [{}] }, {}],
    }),
  ).toEqual({ colors: ['#222', '#111'], pages: 3, sections: 3 })
})

test('an empty or odd config is an empty summary', () => {
  expect(summarizeTemplate(undefined)).toEqual({ colors: [], pages: 0, sections: 0 })
  expect(summarizeTemplate({ pages: 'x' })).toEqual({ colors: [], pages: 0, sections: 0 })
})

test('the coach starter template has its five colours and its sections counted', () => {
  const template = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'templates/sites/coach.json'), 'utf8'))
  const summary = summarizeTemplate(template.config)
  expect(summary.colors).toEqual(['#1f4e5f', '#f6efe6', '#e07a5f', '#fffdf9', '#1d2a30'])
  const expected = template.config.pages.reduce((sum: number, page: { sections: unknown[] }) => sum + page.sections.length, 0)
  expect(summary.sections).toBe(expected)
  expect(summary.pages).toBe(template.config.pages.length)
})
