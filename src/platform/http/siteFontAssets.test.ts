import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import express from 'express'
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import { fontFaceCss, fontPackages, SITE_FONTS_PATH } from '../sites/render/fonts'
import { siteFontAssets } from './siteFontAssets'

/** A request with the target exactly as written (fetch would resolve `..` before sending). */
const rawGet = (baseURL: string, target: string) =>
  new Promise<number>((resolve, reject) => {
    const request = http.request(`${baseURL}/`, { path: target }, (response) => {
      response.resume()
      response.on('end', () => resolve(response.statusCode ?? 0))
    })
    request.on('error', reject)
    request.end()
  })

describe('siteFontAssets: the sites’ fonts from npm at the app’s own path', () => {
  let server: Server
  let baseURL: string

  beforeAll(async () => {
    const app = express()
    app.use(SITE_FONTS_PATH, siteFontAssets())
    server = await new Promise<Server>((resolve) => {
      const listening = app.listen(0, '127.0.0.1', () => resolve(listening))
    })
    baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()))
  })

  it('serves every file a theme’s CSS names, as woff2, cached as immutable', async () => {
    const css = fontFaceCss({ heading: 'Lora', body: 'Nunito' })
    const files = [...css.matchAll(/url\(([^)]+)\)/g)].map((match) => match[1])
    expect(files).toHaveLength(8)
    for (const url of files) {
      const response = await fetch(`${baseURL}${url}`)
      expect({ url, status: response.status }).toEqual({ url, status: 200 })
      expect(response.headers.get('content-type')).toBe('font/woff2')
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
      const [, id, , file] = url.slice(SITE_FONTS_PATH.length).split('/')
      const font = [...fontPackages().values()].find((candidate) => candidate.id === id)!
      expect(Buffer.from(await response.arrayBuffer()).equals(fs.readFileSync(path.join(font.filesDir, file)))).toBe(true)
    }
  })

  it('answers 404 for another package, another version, another kind of file or a path out of the folder', async () => {
    const lora = fontPackages().get('Lora')!
    const good = `${SITE_FONTS_PATH}/lora/${lora.version}/lora-latin-400-normal.woff2`
    expect(await rawGet(baseURL, good)).toBe(200)
    for (const target of [
      `${SITE_FONTS_PATH}/comic-sans/1.0.0/comic-sans-latin-400-normal.woff2`,
      `${SITE_FONTS_PATH}/lora/0.0.1/lora-latin-400-normal.woff2`,
      `${SITE_FONTS_PATH}/lora/${lora.version}/lora-latin-400-normal.woff`,
      `${SITE_FONTS_PATH}/lora/${lora.version}/inter-latin-400-normal.woff2`,
      `${SITE_FONTS_PATH}/lora/${lora.version}/lora-nothing.woff2`,
      `${SITE_FONTS_PATH}/lora/${lora.version}/..%2f..%2fpackage.json`,
      `${SITE_FONTS_PATH}/lora/${lora.version}/../../package.json`,
    ]) {
      expect({ target, status: await rawGet(baseURL, target) }).toEqual({ target, status: 404 })
    }
  })
})
