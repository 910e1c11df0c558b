/**
 * Which browser-test files the runner loads, in which order: the core's
 * test/e2e/*.e2e.ts, then every plugin's plugins/<name>/test/e2e/*.e2e.ts, so a
 * plugin brings its browser tests without the core naming it. Tests share one
 * server and its data, and later core tests meet what earlier ones left (terms
 * published by auth, anna's sites), so the core files keep their order: those in
 * CORE_ORDER first, any other core file after them by name, then the plugins by
 * plugin name and file name.
 */
import fs from 'node:fs'
import path from 'node:path'

const CORE_ORDER = ['admin', 'auth', 'siteEditor', 'publicSite', 'components']

const e2eIn = (dir: string): string[] =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((name) => name.endsWith('.e2e.ts'))
        .sort()
    : []

const rank = (name: string): number => {
  const index = CORE_ORDER.indexOf(name.replace(/\.e2e\.ts$/, ''))
  return index === -1 ? CORE_ORDER.length : index
}

/** Absolute paths of the e2e files under `root`, core first (see above). */
export const e2eFiles = (root: string): string[] => {
  const coreDir = path.join(root, 'test', 'e2e')
  const core = e2eIn(coreDir)
    .sort((a, b) => rank(a) - rank(b))
    .map((name) => path.join(coreDir, name))
  const pluginsDir = path.join(root, 'plugins')
  const plugins = fs.existsSync(pluginsDir)
    ? fs
        .readdirSync(pluginsDir)
        .sort()
        .flatMap((plugin) => e2eIn(path.join(pluginsDir, plugin, 'test', 'e2e')).map((name) => path.join(pluginsDir, plugin, 'test', 'e2e', name)))
    : []
  return [...core, ...plugins]
}
