/**
 * Preload (plain JavaScript: NODE_OPTIONS imports load before tsx) for a server under benchmark (`NODE_OPTIONS=--import <this file>`, since Node 20 does
 * not take --cpu-prof there): profiles the whole process and writes a .cpuprofile (Chrome
 * DevTools' Performance panel opens it) to CPU_PROFILE_DIR when the process exits.
 */
import fs from 'node:fs'
import inspector from 'node:inspector'
import path from 'node:path'

const dir = process.env.CPU_PROFILE_DIR
if (dir) {
  const session = new inspector.Session()
  session.connect()
  session.post('Profiler.enable')
  session.post('Profiler.setSamplingInterval', { interval: 200 })
  session.post('Profiler.start')
  // A session on this thread answers synchronously, so this works in the (synchronous) exit handler.
  process.on('exit', () => {
    session.post('Profiler.stop', (error, result) => {
      if (error) return
      fs.mkdirSync(dir, { recursive: true })
      fs.writeFileSync(
        path.join(dir, `${path.basename(process.argv[1] ?? 'node', path.extname(process.argv[1] ?? ''))}-${process.pid}.cpuprofile`),
        JSON.stringify(result.profile),
      )
    })
  })
}
