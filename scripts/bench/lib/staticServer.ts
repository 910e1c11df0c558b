/**
 * Starts the benchmark's static reference server (staticServerMain.ts) as a
 * child process. Its own process, like the platform's server: autocannon's
 * event loop in the benchmark process then slows neither server, and each
 * server has one Node process to itself.
 */
import { spawn } from 'node:child_process'
import fsp from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

export type StaticServer = { url: string; pid: number; stop: () => Promise<void> }

export const startStaticServer = async ({
  body,
  headers,
  urlPath,
  env,
}: {
  body: Buffer
  headers: Record<string, string>
  urlPath: string
  /** More environment for the server process (e.g. the CPU profile preload). */
  env?: Record<string, string>
}): Promise<StaticServer> => {
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'bench-static-'))
  const file = path.join(dir, 'page.html')
  await fsp.writeFile(file, body)
  const main = path.join(process.cwd(), 'scripts', 'bench', 'lib', 'staticServerMain.ts')
  const child = spawn(process.execPath, ['--import', 'tsx', main, file, JSON.stringify(headers)], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...env },
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
      await exited
      clearTimeout(timer)
    }
    await fsp.rm(dir, { recursive: true, force: true })
  }
  try {
    const port = await new Promise<number>((resolve, reject) => {
      let out = ''
      child.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString()
        const line = out.split('\n')[0]
        if (out.includes('\n')) {
          const parsed = JSON.parse(line) as { port?: number }
          if (parsed.port) resolve(parsed.port)
          else reject(new Error(`The static server printed "${line}" instead of its port.`))
        }
      })
      child.once('exit', (code) => reject(new Error(`The static server exited with ${code} before it listened.`)))
      setTimeout(() => reject(new Error('The static server did not listen within 30 s.')), 30_000).unref()
    })
    return { url: `http://127.0.0.1:${port}${urlPath}`, pid: child.pid!, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
