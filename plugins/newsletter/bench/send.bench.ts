/**
 * One campaign to 10,000 confirmed subscribers through a local SMTP server (smtpSink.ts, its own process),
 * against a bare nodemailer loop sending the same number of messages of the same size through the same
 * transport settings (SMTP_URL, no pool) to the same server, at the same concurrency
 * (NEWSLETTER_SEND_CONCURRENCY, 25 here; see below), in the same run:
 * - messages per second of each, and the ratio platform / bare (target ≥ 0.7);
 * - time to the first email accepted by the server, from Send now;
 * - the platform process's memory: resident set size at the start and its peak during the send, and the JS
 *   heap after a GC before and after.
 * The platform's run is the real one (sendCampaign: claims, rate limit counted, per-recipient rendering with
 * tracking, delivery records, counters), on a throwaway PostgreSQL (startBenchPlatform), with the rate limit
 * set out of the way (NEWSLETTER_RATE_PER_MINUTE = 10,000,000). `BENCH_SUBSCRIBERS` changes the count.
 * `npm run bench` runs it (results under `newsletter/send.bench.ts`), alone with BENCH_FILTER=newsletter.
 */
import { fork, type ChildProcess } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import nodemailer from 'nodemailer'

import { createSite, createUser, startBenchPlatform } from '@platform/testing'
import { renderCampaign } from '../render/renderCampaign'
import { sendCampaign } from '../sending/sendCampaign'
import { readSendingSettings } from '../sending/settings'
import { CAMPAIGNS } from '../slugs'
import { addSubscribers, createCampaign } from '../test/fixtures'

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 10_000)
const here = path.dirname(fileURLToPath(import.meta.url))

type Count = { count: number; firstAt?: number; lastAt?: number }

const startSink = async (): Promise<{ url: string; child: ChildProcess; ask: (type: 'count' | 'reset') => Promise<Count> }> => {
  const child = fork(path.join(here, 'smtpSink.ts'), [], { execArgv: ['--conditions=development', '--import', 'tsx'], stdio: 'inherit' })
  const url = await new Promise<string>((resolve, reject) => {
    child.once('message', (message: { url: string }) => resolve(message.url))
    child.once('exit', () => reject(new Error('the SMTP sink exited')))
  })
  const ask = (type: 'count' | 'reset') =>
    new Promise<Count>((resolve) => {
      child.once('message', (message: Count) => resolve(message))
      child.send({ type })
    })
  return { url, child, ask }
}

const waitForCount = async (ask: () => Promise<Count>, count: number): Promise<Count> => {
  for (;;) {
    const now = await ask()
    if (now.count >= count) return now
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10
const gc = () => (globalThis as { gc?: () => void }).gc?.()

const sink = await startSink()
process.env.SMTP_URL = sink.url
process.env.EMAIL_FROM = 'Platforma Bench <no-reply@platforma.test>'
process.env.NEWSLETTER_RATE_PER_MINUTE = '10000000'
// smtp-server waits 100 ms before greeting each connection (it catches clients that talk too soon), and the
// platform's transport opens one connection per message (no pool): at 5 at once both loops would measure
// mostly that wait. 25 at once (both loops) makes the platform's own work visible.
process.env.NEWSLETTER_SEND_CONCURRENCY ??= '25'
process.env.NEWSLETTER_BATCH_SIZE ??= '100'
const concurrency = readSendingSettings().concurrency
const platform = await startBenchPlatform({ settleMs: 500 })
let result: Record<string, unknown>
try {
  const owner = await createUser(platform.payload)
  const site = await createSite(platform.payload, owner.id, 'Studio Benchmark')
  console.log(`Adding ${SUBSCRIBERS} confirmed subscribers…`)
  for (let made = 0; made < SUBSCRIBERS; made += 500) {
    await Promise.all(
      Array.from({ length: 10 }, (_, part) =>
        addSubscribers(platform.payload, Number(site.id), Math.max(0, Math.min(50, SUBSCRIBERS - made - part * 50)), { prefix: `b${made + part * 50}` }),
      ),
    )
  }
  const campaign = await createCampaign(platform.payload, Number(site.id))

  // The bare loop: the same transport settings and server, messages of the same size (the campaign rendered once).
  const sample = renderCampaign({
    campaign,
    locale: 'pl',
    siteName: String(site.name),
    serverURL: platform.payload.config.serverURL,
    links: { preferencesUrl: 'http://localhost/p?token=x'.padEnd(90, 'x'), unsubscribeUrl: 'http://localhost/u?token=x'.padEnd(90, 'x') },
    tracking: { token: 'x'.repeat(43), secret: 'bench' },
  })
  const transport = nodemailer.createTransport(sink.url)
  const bare = async (count: number) => {
    let next = 0
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < count) {
          const index = next++
          await transport.sendMail({
            from: process.env.EMAIL_FROM,
            to: `bare-${index}@example.test`,
            subject: sample.subject,
            html: sample.html,
            text: sample.text,
          })
        }
      }),
    )
  }
  await bare(200) // warm-up, not measured
  await sink.ask('reset')
  const bareStart = Date.now()
  await bare(SUBSCRIBERS)
  const bareCount = await waitForCount(() => sink.ask('count'), SUBSCRIBERS)
  const bareMs = Date.now() - bareStart
  transport.close()

  // The platform: Send now, then the send job's work (run here, so this process's memory is the sender's).
  await sink.ask('reset')
  gc()
  const heapBefore = process.memoryUsage().heapUsed
  const rssBefore = process.memoryUsage().rss
  let rssPeak = rssBefore
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 50)
  const platformStart = Date.now()
  await platform.payload.update({ collection: CAMPAIGNS, id: campaign.id, data: { status: 'sending' }, overrideAccess: true }) // bench: Send now
  const outcome = await sendCampaign(platform.payload, campaign.id)
  const platformCount = await waitForCount(() => sink.ask('count'), SUBSCRIBERS)
  const platformMs = Date.now() - platformStart
  clearInterval(sampler)
  gc()
  const heapAfter = process.memoryUsage().heapUsed
  const final = await platform.payload.findByID({ collection: CAMPAIGNS, id: campaign.id, depth: 0, overrideAccess: true }) // benchmark: reads its own campaign
  if (final.status !== 'sent' || final.sentCount !== SUBSCRIBERS || platformCount.count !== SUBSCRIBERS)
    throw new Error(
      `The campaign did not reach everyone: ${JSON.stringify({ status: final.status, sentCount: final.sentCount, received: platformCount.count, outcome })}`,
    )

  const perSecond = (count: number, ms: number) => Math.round((count / ms) * 1000)
  result = {
    subscribers: SUBSCRIBERS,
    concurrency,
    bare: { ms: bareMs, perSecond: perSecond(SUBSCRIBERS, bareMs), firstEmailMs: (bareCount.firstAt ?? bareStart) - bareStart },
    platform: { ms: platformMs, perSecond: perSecond(SUBSCRIBERS, platformMs), firstEmailMs: (platformCount.firstAt ?? platformStart) - platformStart },
    ratio: Math.round((bareMs / platformMs) * 100) / 100,
    memory: { rssStartMB: mb(rssBefore), rssPeakMB: mb(rssPeak), rssGrowthMB: mb(rssPeak - rssBefore), heapAfterGcGrowthMB: mb(heapAfter - heapBefore) },
  }
} finally {
  await platform.close()
  sink.child.disconnect()
}
console.log('newsletter send:', JSON.stringify(result, null, 2))
if (process.env.BENCH_OUTPUT) await fs.writeFile(process.env.BENCH_OUTPUT, JSON.stringify(result))
process.exit(0)
