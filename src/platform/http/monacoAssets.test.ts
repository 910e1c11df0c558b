import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import express from 'express'
import fs from 'node:fs'
import http from 'node:http'
import { createRequire } from 'node:module'
import path from 'node:path'

import { MONACO_VERSION, MONACO_VS_DIR, MONACO_VS_PATH, monacoAssets } from './monacoAssets'

/** A request with the target exactly as written (fetch would resolve `..` before sending). */
const rawGet = (baseURL: string, target: string) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    const request = http.request(`${baseURL}/`, { path: target }, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (body += chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }))
    })
    request.on('error', reject)
    request.end()
  })

describe('monacoAssets: Monaco from npm at the app’s own path', () => {
  let server: Server
  let baseURL: string

  beforeAll(async () => {
    const app = express()
    app.use(MONACO_VS_PATH, monacoAssets())
    server = await new Promise<Server>((resolve) => {
      const listening = app.listen(0, '127.0.0.1', () => resolve(listening))
    })
    baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()))
  })

  it('names the installed version in the path', () => {
    expect(MONACO_VS_PATH).toBe(`/_admin-assets/monaco/${MONACO_VERSION}/vs`)
    expect(MONACO_VERSION).toMatch(/^\d+\.\d+\.\d+$/)
  })

  it('serves the loader, the editor, its stylesheet and the JSON worker with their content types, cached as immutable', async () => {
    const jsonWorker = fs.readdirSync(path.join(MONACO_VS_DIR, 'assets')).find((file) => file.startsWith('json.worker'))
    expect(jsonWorker).toBeDefined()
    for (const [file, type] of [
      ['loader.js', /^text\/javascript/],
      ['editor/editor.main.js', /^text\/javascript/],
      ['editor/editor.main.css', /^text\/css/],
      [`assets/${jsonWorker}`, /^text\/javascript/],
    ] as const) {
      const response = await fetch(`${baseURL}${MONACO_VS_PATH}/${file}`)
      expect({ file, status: response.status }).toEqual({ file, status: 200 })
      expect(response.headers.get('content-type')).toMatch(type)
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
      expect(await response.text()).toBe(fs.readFileSync(path.join(MONACO_VS_DIR, file), 'utf8'))
    }
  })

  it('answers 404 for a path that leaves the folder, however it is spelled, and for folders and missing files', async () => {
    const secret = fs.readFileSync(path.join(MONACO_VS_DIR, '..', '..', 'package.json'), 'utf8')
    for (const target of [
      `${MONACO_VS_PATH}/../../package.json`,
      `${MONACO_VS_PATH}/..%2f..%2fpackage.json`,
      `${MONACO_VS_PATH}/%2e%2e/%2e%2e/package.json`,
      `${MONACO_VS_PATH}/editor/../../../package.json`,
      `${MONACO_VS_PATH}/..%5c..%5cpackage.json`,
      `${MONACO_VS_PATH}/editor`,
      `${MONACO_VS_PATH}/editor/`,
      `${MONACO_VS_PATH}/`,
      `${MONACO_VS_PATH}/no-such-file.js`,
    ]) {
      const response = await rawGet(baseURL, target)
      expect({ target, status: response.status, body: response.body }).toEqual({ target, status: 404, body: 'Not Found' })
      expect(response.body).not.toContain(secret.slice(0, 40))
    }
  })

  it('answers 404 for another version’s path and 405 for a write', async () => {
    const other = await fetch(`${baseURL}/_admin-assets/monaco/0.0.1/vs/loader.js`)
    expect(other.status).toBe(404)
    const post = await fetch(`${baseURL}${MONACO_VS_PATH}/loader.js`, { method: 'POST', body: 'x' })
    expect(post.status).toBe(405)
    expect(post.headers.get('allow')).toBe('GET, HEAD')
  })
})

describe("Payload's editor loads Monaco from MONACO_VS_PATH (patches/@payloadcms+ui+*.patch)", () => {
  it('the installed admin bundle names this path and no CDN', () => {
    const require = createRequire(import.meta.url)
    // The package's entry is dist/exports/client/index.js, beside the chunks it imports.
    const clientDir = path.dirname(require.resolve('@payloadcms/ui'))
    const bundles = fs
      .readdirSync(clientDir)
      .filter((file) => file.endsWith('.js'))
      .map((file) => ({ file, code: fs.readFileSync(path.join(clientDir, file), 'utf8') }))
    const loaders = bundles.filter(({ code }) => code.includes('paths:{vs:'))
    // Exactly one copy of @monaco-editor/loader's config, pointing here: a Payload or Monaco upgrade that
    // leaves the patch behind (or changes the pinned version) fails here, not in a browser without internet.
    expect(loaders.map(({ file, code }) => ({ file, vs: /paths:\{vs:"([^"]*)"\}/.exec(code)?.[1] }))).toEqual([{ file: loaders[0]?.file, vs: MONACO_VS_PATH }])
    expect(bundles.filter(({ code }) => /cdn\.jsdelivr\.net|unpkg\.com|cdnjs\./.test(code)).map(({ file }) => file)).toEqual([])
  })
})
