/**
 * Monaco, the code editor of Payload's `json` and `code` fields, served by the
 * app itself from npm (`monaco-editor`'s `min/vs`): Payload's editor would
 * otherwise fetch it from cdn.jsdelivr.net, which fails offline and behind a
 * strict CSP. Payload's client bundle carries its own copy of
 * `@monaco-editor/loader` (not the npm module, so `loader.config()` from our
 * code cannot reach it); `patches/@payloadcms+ui+*.patch` points that copy's
 * default `paths.vs` at MONACO_VS_PATH, and monacoAssets.test.ts checks that
 * the installed bundle names exactly this path (and no CDN).
 * The path carries the version, so every file may be cached as immutable.
 */
import type { NextFunction, Request, Response } from 'express'

import express, { Router } from 'express'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

const packageJsonPath = createRequire(import.meta.url).resolve('monaco-editor/package.json')

/** The installed monaco-editor (package.json pins it to the version Payload's loader was built for). */
export const MONACO_VERSION: string = (JSON.parse(fs.readFileSync(packageJsonPath, 'utf8')) as { version: string }).version

/** Where the browser loads Monaco from (the AMD loader's `paths.vs`). */
export const MONACO_VS_PATH = `/_admin-assets/monaco/${MONACO_VERSION}/vs`

/** monaco-editor's AMD build on disk: loader.js, editor/editor.main.{js,css}, language modes, workers (assets/). */
export const MONACO_VS_DIR = path.join(path.dirname(packageJsonPath), 'min', 'vs')

/**
 * Files under MONACO_VS_DIR, by `serve-static` (Express's own): content types
 * from the extension, ETag, `Cache-Control: public, max-age=31536000, immutable`.
 * Anything else (a folder, a dotfile, a path leaving the folder, a missing file)
 * is a plain 404; a method other than GET/HEAD a 405.
 */
export const monacoAssets = (): Router => {
  const router = Router()
  router.use(express.static(MONACO_VS_DIR, { immutable: true, maxAge: '1y', index: false, redirect: false, fallthrough: false }))
  router.use((error: { status?: number }, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error)
    // `serve-static` answers a path that climbs out of the folder with 403; here it names no file, like any other.
    const status = error.status === 405 ? 405 : error.status && error.status < 500 ? 404 : 500
    res
      .status(status)
      .type('text/plain')
      .send(status === 405 ? 'Method Not Allowed' : status === 404 ? 'Not Found' : 'Internal Server Error')
  })
  return router
}
