/**
 * `npm run generate`: writes payload-types.ts and the admin import map from the
 * config. `--check` regenerates and fails when either differed from the
 * checked-in file (CI runs it, so they never drift from the config).
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { generateImportMap } from 'payload'
import { generateTypes } from 'payload/node'

import { loadConfig } from '../src/platform/lifecycle'

const root = process.cwd()
const files = [path.join(root, 'payload-types.ts'), path.join(root, 'src/app/(payload)/admin/importMap.js')]
const check = process.argv.includes('--check')

const read = (file: string) => fs.readFile(file, 'utf8').catch(() => '')

const before = await Promise.all(files.map(read))
const config = await loadConfig()
await generateTypes(config, { log: false })
await generateImportMap(config, { force: true, log: false })
const after = await Promise.all(files.map(read))

const empty = files.filter((_, index) => after[index].trim().length < 50)
if (empty.length) {
  console.error(`Generation wrote nothing usable to: ${empty.join(', ')}`)
  process.exit(1)
}
const drifted = files.filter((_, index) => before[index] !== after[index])
if (check && drifted.length) {
  console.error(`Generated files were out of date with the config (now regenerated, commit them):\n  ${drifted.join('\n  ')}`)
  process.exit(1)
}
console.log(drifted.length ? `Regenerated: ${drifted.map((file) => path.relative(root, file)).join(', ')}` : 'Generated files are up to date.')
process.exit(0)
