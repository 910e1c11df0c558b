/**
 * The public sites' font files, served from the Fontsource packages in
 * node_modules (src/platform/sites/render/fonts.ts says which), at
 * `/_site-assets/fonts/<id>/<version>/<file>.woff2`: only a package of a font
 * a theme may name, only its installed version, only a woff2 file of its own.
 * The URL carries the version, so files are cached as immutable. `/_site-assets`
 * passes the sites' own domains through (router.ts), so fonts load there too.
 */
import type { Request, Response } from 'express'

import { Router } from 'express'

import { fontPackages } from '../sites/render/fonts'

const FILE = /^[a-z0-9-]+\.woff2$/

export const siteFontAssets = (): Router => {
  const router = Router()
  const byId = new Map([...fontPackages().values()].map((font) => [font.id, font]))
  router.get('/:id/:version/:file', (req: Request, res: Response) => {
    const font = byId.get(String(req.params.id))
    const file = String(req.params.file)
    if (!font || req.params.version !== font.version || !FILE.test(file) || !file.startsWith(`${font.id}-`)) {
      res.status(404).type('text/plain').send('Not Found')
      return
    }
    res.sendFile(
      file,
      { root: font.filesDir, immutable: true, maxAge: '1y', dotfiles: 'deny', headers: { 'Content-Type': 'font/woff2' } },
      (error?: Error & { status?: number }) => {
        if (error && !res.headersSent)
          res
            .status(error.status === 404 ? 404 : 500)
            .type('text/plain')
            .send(error.status === 404 ? 'Not Found' : 'Internal Server Error')
      },
    )
  })
  return router
}
