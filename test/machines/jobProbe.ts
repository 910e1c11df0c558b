/**
 * A test-only listener on `site.created` that writes one line per run,
 * `<pid> <siteId>`, to the file named by MACHINES_JOB_LOG: a count of runs
 * (and of who ran them) that survives the processes. Every process of the
 * multi-machine test loads it, as every machine loads the same plugins.
 */
import { appendFileSync, readFileSync } from 'node:fs'

import { definePlatformPlugin } from '@platform'

export const jobProbePlugin = definePlatformPlugin('machines-job-probe', () => ({
  listeners: [
    {
      event: 'site.created' as const,
      name: 'machines.probe',
      handler: async ({ siteId }: { siteId: number | string }) => {
        const file = process.env.MACHINES_JOB_LOG
        // One write with O_APPEND: lines from several processes never interleave.
        if (file) appendFileSync(file, `${process.pid} ${siteId}\n`)
      },
    },
  ],
}))()

/** The runs written so far, as `{ pid, siteId }`. */
export const probeRuns = (file: string): { pid: number; siteId: string }[] => {
  let text = ''
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    // No run yet.
  }
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [pid, siteId] = line.split(' ')
      return { pid: Number(pid), siteId }
    })
}
