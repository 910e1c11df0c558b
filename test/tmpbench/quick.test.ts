import { execFileSync } from 'node:child_process'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { createSite, createUser, PASSWORD } from '../helpers/fixtures'
import { signIn } from '../helpers/http'
import { startTestPlatform, type TestPlatform } from '../helpers/platform'
import fs from 'node:fs'
import { promisify } from 'node:util'
import { execFile } from 'node:child_process'

let platform: TestPlatform
beforeAll(async () => { platform = await startTestPlatform({ processJobs: false }) })
afterAll(async () => { await platform?.close() })

const run = async (url: string) => {
  const cpu = process.cpuUsage()
  const { stdout } = await promisify(execFile)('node', ['node_modules/autocannon/autocannon.js', '-c', '50', '-d', '6', '-j', url], { maxBuffer: 1e8 })
  const r = JSON.parse(stdout)
  const used = process.cpuUsage(cpu)
  return { rps: r.requests.average, p99: r.latency.p99, non2xx: r.non2xx, usPerReq: Math.round((used.user + used.system) / r.requests.total) }
}

it('quick bench', async () => {
  void execFileSync
  const user = await createUser(platform.payload)
  const site = await createSite(platform.payload, user.id)
  const client = await signIn(platform.baseURL, user.email, PASSWORD)
  const config = JSON.parse(fs.readFileSync('templates/sites/coach.json', 'utf8')).config
  await client.request('PATCH', `/api/sites/${site.id}`, { templateConfig: config })
  await client.request('POST', `/api/sites/${site.id}/publish`)
  const url = `${platform.baseURL}/s/${site.identifier}`
  const body = Buffer.from(await (await fetch(url)).text())
  const server = http.createServer((_req, res) => { res.writeHead(200, { 'content-type': 'text/html', 'content-length': body.length }); res.end(body) })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
  const staticUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  const express = (await import('express')).default
  const eapp = express()
  eapp.get(['/s/:identifier', '/s/:identifier/{*rest}'], (_req, res) => { res.writeHead(200, { 'content-type': 'text/html', 'content-length': body.length }); res.end(body) })
  const eserver = eapp.listen(0, '127.0.0.1')
  await new Promise((r) => setTimeout(r, 200))
  const e = await run(`http://127.0.0.1:${(eserver.address() as AddressInfo).port}/s/abc`)
  eserver.close()
  console.log(JSON.stringify({ e }))
  const a = await run(staticUrl)
  const b = await run(url)
  const a2 = await run(staticUrl)
  const b2 = await run(url)
  server.close()
  console.log(JSON.stringify({ bytes: body.length, a, b, a2, b2 }))
}, 90000)
