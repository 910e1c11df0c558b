import type { Payload } from 'payload'

import path from 'node:path'

import { projectRoot } from '../env'
import { getRegistry } from '../plugins/registry'

/** The core templates first, then each enabled plugin's folder. */
export const emailTemplateDirs = (payload: Payload): string[] => [
  path.join(projectRoot, 'templates', 'emails'),
  ...getRegistry(payload.config).emailTemplateDirs,
]
