/**
 * `npm run bench`: runs every `scripts/bench/*.bench.ts` and every plugin's
 * `plugins/<name>/bench/*.bench.ts` in turn (core first, then by plugin and file
 * name; a plugin brings its benchmarks without the core naming it), each in its
 * own Node process (with `--conditions=development`, see the README's Node 20
 * note), prints what each reports and writes the results as JSON to
 * `bench-results/` (git-ignored): one file per run plus `latest.json`, keyed
 * `publicPage.bench.ts` for the core's and `<plugin>/<file>` for a plugin's.
 * A benchmark reports by writing a JSON object to the file named in `BENCH_OUTPUT`.
 * `BENCH_FILTER=<part of a name>` runs only the benchmarks whose key contains it.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '..', '..')
const outDir = path.join(root, 'bench-results')

const runOne = (file: string, output: string): Promise<number> =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, ['--conditions=development', '--import', 'tsx', file], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, BENCH_OUTPUT: output, NODE_ENV: 'development' },
    })
    child.on('exit', (code) => resolve(code ?? 1))
  })

const benchesIn = async (dir: string): Promise<string[]> =>
  (await fs.readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith('.bench.ts')).sort()

/** Every benchmark as [key, file]: the core's by file name, then each plugin's as `<plugin>/<file>`. */
const findBenches = async (): Promise<[string, string][]> => {
  const core = (await benchesIn(here)).map((name): [string, string] => [name, path.join(here, name)])
  const pluginsDir = path.join(root, 'plugins')
  const plugins: [string, string][] = []
  for (const plugin of (await fs.readdir(pluginsDir).catch(() => [] as string[])).sort()) {
    const dir = path.join(pluginsDir, plugin, 'bench')
    for (const name of await benchesIn(dir)) plugins.push([`${plugin}/${name}`, path.join(dir, name)])
  }
  return [...core, ...plugins]
}

const main = async () => {
  const filter = process.env.BENCH_FILTER ?? ''
  const benches = (await findBenches()).filter(([key]) => key.includes(filter))
  if (!benches.length) throw new Error(`No benchmarks in scripts/bench/ or plugins/*/bench/${filter ? ` matching "${filter}"` : ''}.`)
  console.log(`Benchmarks: ${benches.map(([key]) => key).join(', ')}`)
  const results: Record<string, unknown> = {}
  let failed = 0
  for (const [name, file] of benches) {
    const output = path.join(os.tmpdir(), `bench-${process.pid}-${name.replace(/\//g, '-')}.json`)
    console.log(`\n=== ${name} ===`)
    const started = Date.now()
    const code = await runOne(file, output)
    if (code !== 0) {
      failed++
      results[name] = { error: `exited with ${code}` }
      continue
    }
    results[name] = { ...JSON.parse(await fs.readFile(output, 'utf8')), wallSeconds: Math.round((Date.now() - started) / 100) / 10 }
    await fs.rm(output, { force: true })
  }
  const report = { date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, results }
  await fs.mkdir(outDir, { recursive: true })
  const stamp = report.date.replace(/[:.]/g, '-')
  await fs.writeFile(path.join(outDir, `bench-${stamp}.json`), `${JSON.stringify(report, null, 2)}\n`)
  await fs.writeFile(path.join(outDir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`)
  console.log('\n=== results ===')
  console.log(JSON.stringify(results, null, 2))
  console.log(`\nWritten to ${path.relative(root, path.join(outDir, 'latest.json'))}`)
  if (failed) process.exitCode = 1
}

await main()
