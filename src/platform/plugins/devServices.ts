/**
 * Plugins' local stand-ins for outside services (a payment gateway's simulator, a fake registrar), started by
 * `npm run dev` before the app serves anything, so a newcomer can click through a feature that needs a service
 * this machine cannot reach. A service decides from the environment whether it is needed (real credentials set:
 * not); what it returns in `env` is added to `process.env` without replacing anything set there already.
 */
import type { Config, SanitizedConfig } from 'payload'

import { getRegistry } from './registry'

export type DevServiceContext = {
  /** The platform's public base URL (where a service calls back, e.g. a gateway's notifications). */
  publicURL: string
  /** The environment as it is before any service started (read it; do not write it). */
  env: Readonly<Record<string, string | undefined>>
}

export type RunningDevService = {
  /** Settings for the app (e.g. the simulator's address); existing variables are kept. */
  env?: Record<string, string>
  /** One line for the console: what runs where. */
  description?: string
  close: () => Promise<void>
}

export type DevService = {
  /** Shown in the log and in errors. */
  name: string
  /** Starts the service, or returns null when it is not needed (e.g. real credentials are configured). */
  start: (context: DevServiceContext) => Promise<RunningDevService | null>
}

/** Dev services run when DEV_SERVICES=true, never when DEV_SERVICES=false, and otherwise in development. */
export const shouldStartDevServices = ({ dev, flag }: { dev: boolean; flag: string | undefined }): boolean =>
  flag === 'true' ? true : flag === 'false' ? false : dev

export type StartedDevServices = { started: string[]; close: () => Promise<void> }

/**
 * Starts every enabled plugin's dev services in plugin order and merges their `env` into `target`. A service
 * that fails to start stops the ones already started and the error names it.
 */
export const startDevServices = async (
  config: Pick<Config | SanitizedConfig, 'custom'>,
  { publicURL, target = process.env, log = console.log }: { publicURL: string; target?: Record<string, string | undefined>; log?: (message: string) => void },
): Promise<StartedDevServices> => {
  const running: { name: string; service: RunningDevService }[] = []
  const close = async () => {
    for (const { service } of running.splice(0).reverse()) await service.close().catch(() => {})
  }
  const env = { ...target }
  for (const { plugin, service } of getRegistry(config).devServices) {
    let started: RunningDevService | null
    try {
      started = await service.start({ publicURL, env })
    } catch (error) {
      await close()
      throw new Error(`Plugin "${plugin}": the dev service "${service.name}" did not start: ${(error as Error).message}`)
    }
    if (!started) continue
    running.push({ name: service.name, service: started })
    for (const [key, value] of Object.entries(started.env ?? {})) if (target[key] === undefined || target[key] === '') target[key] = value
    log(`${service.name} (plugin ${plugin}): ${started.description ?? 'started'}`)
  }
  return { started: running.map(({ name }) => name), close }
}
