import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { htmlToText, renderFileTemplate, splitSubject } from './renderTemplate'

let core: string
let plugin: string

beforeAll(async () => {
  core = await fs.mkdtemp(path.join(os.tmpdir(), 'tpl-core-'))
  plugin = await fs.mkdtemp(path.join(os.tmpdir(), 'tpl-plugin-'))
  await fs.writeFile(path.join(core, 'hello.pl.hbs'), 'subject: Cześć {{name}} & co\n<p>Witaj <b>{{name}}</b></p>')
  await fs.writeFile(path.join(core, 'hello.en.hbs'), 'subject: Hi {{name}}\n<p>Hello <b>{{name}}</b></p>')
  await fs.writeFile(path.join(plugin, 'only-en.en.hbs'), 'subject: Only English\n<p><a href="{{url}}">Open</a></p>')
})

afterAll(async () => {
  await fs.rm(core, { recursive: true, force: true })
  await fs.rm(plugin, { recursive: true, force: true })
})

describe('file email templates', () => {
  it('renders the recipient language with an HTML-escaped body and a plain-text part', async () => {
    const email = await renderFileTemplate({ dirs: [core, plugin], slug: 'hello', locale: 'pl', data: { name: '<Ania>' } })
    expect(email).toEqual({
      subject: 'Cześć <Ania> & co',
      html: '<p>Witaj <b>&lt;Ania&gt;</b></p>',
      text: 'Witaj <Ania>',
      locale: 'pl',
    })
  })

  it('falls back to the other language and searches plugin folders after the core', async () => {
    const email = await renderFileTemplate({ dirs: [core, plugin], slug: 'only-en', locale: 'pl', data: { url: 'https://x.test/a?b=1&c=2' } })
    expect(email.locale).toBe('en')
    expect(email.subject).toBe('Only English')
    expect(email.text).toBe('Open (https://x.test/a?b=1&c=2)')
  })

  it('fails clearly for an unknown or unsafe slug', async () => {
    await expect(renderFileTemplate({ dirs: [core], slug: 'missing', locale: 'en', data: {} })).rejects.toThrow('No email template "missing"')
    await expect(renderFileTemplate({ dirs: [core], slug: '../etc/passwd', locale: 'en', data: {} })).rejects.toThrow('Invalid email template slug')
  })

  it('splits the subject line and converts simple HTML to text', () => {
    expect(splitSubject('subject:  Hello \r\nbody')).toEqual({ subject: 'Hello', body: 'body' })
    expect(splitSubject('<p>no subject</p>')).toEqual({ subject: '', body: '<p>no subject</p>' })
    expect(htmlToText('<p>a</p><p>b<br>c</p>')).toBe('a\nb\nc')
  })
})
