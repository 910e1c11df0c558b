/**
 * Public-page benchmark: a published site whose home page has eight sections,
 * served by the production build (`npm start`'s command, own embedded
 * PostgreSQL, demo seeded), against a plain node:http server sending the same
 * bytes and headers, both loaded by autocannon with the same settings, in turn
 * (rounds alternate who goes first), on this machine in this run.
 *
 *   node --conditions=development --import tsx scripts/bench/publicPage.bench.ts
 *
 * Target: the platform serves at least half the static server's requests/s,
 * with p99 under 50 ms. The figures are reported, not asserted; the run fails
 * (exit 1) only when it could not measure: a server that does not start, a
 * page that is not a 200 with all eight headings, any error, non-2xx answer or
 * different body under load. Writes bench-results/public-page.json.
 *
 * Settings (environment): BENCH_CONNECTIONS (50), BENCH_WARMUP_S (3), BENCH_DURATION_S (10),
 * BENCH_ROUNDS (3: the figures are each server's medians over the rounds);
 * BENCH_CPU_PROF=1 writes both servers' CPU profiles (.cpuprofile, open it in
 * Chrome DevTools) to bench-results/profile/ when it stops.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import fsp from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import sharp from 'sharp'

import { DEMO_PASSWORD } from '../../src/platform/demo/demoData'
import { startServer, type RunningServer } from '../../test/e2e/server'
import { missingHeadings, withBenchHomePage } from './lib/benchPage'
import { apiClient } from './lib/client'
import { load, problemsOf, type LoadFigures, type LoadSettings } from './lib/load'
import { cpuSecondsOf } from './lib/processCpu'
import { combineRounds, orderOfRound } from './lib/rounds'
import { startStaticServer, type StaticServer } from './lib/staticServer'

const root = process.cwd()
const resultsDir = path.join(root, 'bench-results')
const IDENTIFIER = 'bench-coach'
const TARGET = { minRatio: 0.5, maxP99Ms: 50 }

const numberFromEnv = (name: string, fallback: number): number => {
  const value = Number(process.env[name] ?? fallback)
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number (got "${process.env[name]}").`)
  return value
}

/** Headers that describe the connection or the moment, not the page: each server sets its own. */
const OWN_HEADERS = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length'])

const ensureBuild = () => {
  if (fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) return
  console.log('No production build (.next/BUILD_ID is missing): running `npm run build` first.')
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', cwd: root })
  if (build.status !== 0) throw new Error(`npm run build failed (${build.status ?? build.signal}).`)
}

/** Signs in as the demo owner and publishes a coach site with the eight-section home page, all over the API. */
const seedSite = async (baseURL: string) => {
  const api = apiClient(baseURL)
  await api.json('POST', '/api/users/login', { email: 'anna@example.com', password: DEMO_PASSWORD })
  const templates = await api.json<{ docs: { id: number | string; sourceFile?: string }[] }>(
    'GET',
    '/api/templates?where[sourceFile][equals]=coach&depth=0&limit=1',
  )
  const template = templates.docs[0]
  if (!template) throw new Error('The "coach" system template is not there (templates/sites/coach.json is loaded at start).')
  const created = await api.json<{ doc: { id: number | string; templateConfig: Record<string, unknown> } }>(
    'POST',
    '/api/sites/from-template',
    { templateId: template.id, name: 'Benchmark Coaching', identifier: IDENTIFIER },
    201,
  )
  const site = created.doc
  const png = await sharp({ create: { width: 1600, height: 1000, channels: 3, background: { r: 31, g: 78, b: 95 } } })
    .png()
    .toBuffer()
  const media = await api.upload<{ doc: { id: number | string } }>(
    '/api/media-assets',
    { data: png, name: 'hero.png', type: 'image/png' },
    { site: site.id, alt: 'Hero' },
  )
  await api.json('PATCH', `/api/sites/${site.id}`, { templateConfig: withBenchHomePage(site.templateConfig, media.doc.id) })
  await api.json('POST', `/api/sites/${site.id}/publish`, { note: 'Benchmark' }, 201)
}

/** The published page as a visitor gets it, checked: 200, HTML, all eight headings, the hero image. */
const fetchPage = async (url: string) => {
  const response = await fetch(url, { redirect: 'manual' })
  const body = Buffer.from(await response.arrayBuffer())
  const html = body.toString('utf8')
  const contentType = response.headers.get('content-type') ?? ''
  if (response.status !== 200 || !contentType.startsWith('text/html')) {
    throw new Error(`GET ${url} answered ${response.status} ${contentType}, not a 200 HTML page:\n${html.slice(0, 1000)}`)
  }
  const missing = missingHeadings(html, 'pl')
  if (missing.length) throw new Error(`GET ${url} lacks the headings of ${missing.length} of the 8 sections: ${missing.join(' | ')}`)
  if (!/<img[^>]*class="hero__image"/.test(html)) throw new Error(`GET ${url} has no hero image.`)
  const headers: Record<string, string> = {}
  const transportHeaders: Record<string, string> = {}
  response.headers.forEach((value, name) => {
    if (OWN_HEADERS.has(name)) transportHeaders[name] = value
    else headers[name] = value
  })
  return { body, html, headers, transportHeaders }
}

const cpuNote = (figures: LoadFigures) =>
  figures.serverCpuMsPerRequest === undefined
    ? ''
    : `, server CPU ${(figures.serverCpuMsPerRequest * 1000).toFixed(0)} µs/request (${figures.serverCores!.toFixed(2)} cores)`

const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} ms`

const printTable = (rows: [string, LoadFigures][]) => {
  const lines = [
    ['server', 'req/s', 'p50', 'p99', 'max', 'CPU/request', 'requests', 'errors/non-2xx/mismatch'],
    ...rows.map(([name, figures]) => [
      name,
      figures.rps.toFixed(0),
      ms(figures.latencyMs.p50),
      ms(figures.latencyMs.p99),
      ms(figures.latencyMs.max),
      figures.serverCpuMsPerRequest === undefined ? '-' : `${(figures.serverCpuMsPerRequest * 1000).toFixed(0)} µs`,
      String(figures.requests),
      `${figures.errors + figures.timeouts}/${figures.non2xx}/${figures.mismatches}`,
    ]),
  ]
  const widths = lines[0].map((_, column) => Math.max(...lines.map((line) => line[column].length)))
  for (const line of lines) console.log(line.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  '))
}

const main = async () => {
  const settings: LoadSettings = {
    connections: numberFromEnv('BENCH_CONNECTIONS', 50),
    warmupSeconds: numberFromEnv('BENCH_WARMUP_S', 3),
    seconds: numberFromEnv('BENCH_DURATION_S', 10),
  }
  const rounds = Math.round(numberFromEnv('BENCH_ROUNDS', 3))
  ensureBuild()
  await fsp.mkdir(resultsDir, { recursive: true })

  let server: RunningServer | undefined
  let staticServer: StaticServer | undefined
  let failure: unknown
  const cleanUp = async () => {
    await staticServer?.stop()
    const problems = (await server?.stop()) ?? []
    staticServer = server = undefined
    if (problems.length) console.error(`Stopping the platform server:\n  ${problems.join('\n  ')}`)
    return problems
  }
  const interrupted = () => {
    console.error('Interrupted: stopping the servers.')
    void cleanUp().finally(() => process.exit(130))
  }
  process.once('SIGINT', interrupted)
  process.once('SIGTERM', interrupted)

  try {
    console.log('Starting the production server (own embedded PostgreSQL, demo seeded)…')
    const profileDir = path.join(resultsDir, 'profile')
    const preload = path.join(root, 'scripts', 'bench', 'lib', 'cpuProfile.mjs')
    const profile =
      process.env.BENCH_CPU_PROF === '1'
        ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${preload}`.trim(), CPU_PROFILE_DIR: profileDir }
        : undefined
    server = await startServer({ logFile: path.join(resultsDir, 'public-page-server.log'), env: profile })
    console.log(`Seeding /s/${IDENTIFIER} through the API…`)
    await seedSite(server.baseURL)
    const platformURL = `${server.baseURL.replace('localhost', '127.0.0.1')}/s/${IDENTIFIER}`
    const page = await fetchPage(platformURL)
    // A second fetch comes from the page cache: it must be the same bytes (the static server sends those).
    const again = await fetchPage(platformURL)
    if (!again.body.equals(page.body)) throw new Error('Two fetches of the published page gave different HTML.')
    staticServer = await startStaticServer({ body: page.body, headers: page.headers, urlPath: `/s/${IDENTIFIER}`, env: profile })
    const reference = await fetchPage(staticServer.url)
    if (!reference.body.equals(page.body)) throw new Error('The static server does not send the same bytes.')

    console.log(
      `Page: ${page.body.length} bytes, 8 sections. Load: ${settings.connections} connections; ${rounds} round(s), each server in turn (alternating who goes first), ${settings.warmupSeconds} s warm-up (discarded) + ${settings.seconds} s measured.`,
    )
    console.log(
      `Machine: ${os.cpus().length} CPUs, load average ${os
        .loadavg()
        .map((value) => value.toFixed(2))
        .join(' ')} before the run.`,
    )
    const targets = { platform: { url: platformURL, pid: server.pid }, static: { url: staticServer.url, pid: staticServer.pid } }
    const measured: Record<keyof typeof targets, LoadFigures[]> = { platform: [], static: [] }
    for (let round = 0; round < rounds; round++) {
      for (const name of orderOfRound(round, ['platform', 'static'] as const)) {
        const figures = await load(targets[name].url, page.html, settings, () => cpuSecondsOf(targets[name].pid))
        measured[name].push(figures)
        console.log(
          `  round ${round + 1} ${name.padEnd(8)} ${figures.rps.toFixed(0)} req/s, p50 ${ms(figures.latencyMs.p50)}, p99 ${ms(figures.latencyMs.p99)}${cpuNote(figures)}`,
        )
      }
    }
    const platform = combineRounds(measured.platform)
    const staticFigures = combineRounds(measured.static)
    const problems = [...problemsOf(platform).map((problem) => `platform: ${problem}`), ...problemsOf(staticFigures).map((problem) => `static: ${problem}`)]

    const ratio = platform.rps / staticFigures.rps
    const met = { throughput: ratio >= TARGET.minRatio, p99: platform.latencyMs.p99 < TARGET.maxP99Ms }
    console.log('')
    console.log(rounds > 1 ? `Medians of ${rounds} rounds (requests and errors: totals):` : 'Figures:')
    printTable([
      ['platform', platform],
      ['static', staticFigures],
    ])
    console.log('')
    console.log(`Ratio platform/static: ${ratio.toFixed(2)} (target ≥ ${TARGET.minRatio}: ${met.throughput ? 'met' : 'MISSED'})`)
    console.log(`Platform p99: ${ms(platform.latencyMs.p99)} (target < ${TARGET.maxP99Ms} ms: ${met.p99 ? 'met' : 'MISSED'})`)
    console.log(`Target ${met.throughput && met.p99 ? 'met' : 'MISSED'}.`)
    const cpuRatio =
      platform.serverCpuMsPerRequest && staticFigures.serverCpuMsPerRequest ? staticFigures.serverCpuMsPerRequest / platform.serverCpuMsPerRequest : undefined
    if (cpuRatio !== undefined) {
      console.log(
        `CPU per request static/platform: ${cpuRatio.toFixed(2)} (the requests/s ratio to expect where each server, not the machine or autocannon, is the limit).`,
      )
    }

    const file = path.join(resultsDir, 'public-page.json')
    const report = `${JSON.stringify(
      {
        benchmark: 'public-page',
        at: new Date().toISOString(),
        machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, loadAverageBefore: os.loadavg(), node: process.version },
        page: { path: `/s/${IDENTIFIER}`, bytes: page.body.length, sections: 8 },
        settings: { ...settings, rounds },
        platform,
        static: staticFigures,
        rounds: measured,
        // What the platform sent besides the page's own headers (the static server sets its own of these).
        platformTransportHeaders: page.transportHeaders,
        ratio,
        cpuPerRequestRatio: cpuRatio ?? null,
        target: { ...TARGET, met: met.throughput && met.p99, throughputMet: met.throughput, p99Met: met.p99 },
        problems,
      },
      null,
      2,
    )}\n`
    await fsp.writeFile(file, report)
    // `npm run bench` (scripts/bench/run.ts) collects each benchmark's report from BENCH_OUTPUT.
    if (process.env.BENCH_OUTPUT) await fsp.writeFile(process.env.BENCH_OUTPUT, report)
    console.log(`Written ${path.relative(root, file)}.`)
    if (problems.length) throw new Error(`Could not measure cleanly:\n  ${problems.join('\n  ')}`)
  } catch (error) {
    failure = error
  } finally {
    const problems = await cleanUp()
    if (problems.length && !failure) failure = new Error('The platform server did not stop cleanly.')
    if (process.env.BENCH_CPU_PROF === '1') console.log(`CPU profiles: ${path.relative(root, path.join(resultsDir, 'profile'))}/`)
  }
  if (failure) {
    const message = failure instanceof Error ? failure.message : String(failure)
    console.error(message)
    if (/(column|relation) "[^"]+"( of relation "[^"]+")? does not exist/.test(message)) {
      console.error(
        'The production server builds its schema from migrations/ only, and the config has fields no migration creates yet: `npm run migrate:check` shows which.',
      )
    }
    process.exitCode = 1
  }
}

await main()
