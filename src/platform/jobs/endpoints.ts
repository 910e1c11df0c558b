/** Staff-only REST endpoints behind the admin's Jobs view. */
import type { Endpoint, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { isStaffUser } from '../access/user'
import { getJobs } from './attach'
import type { JobListState } from './types'
import { say } from '../i18n/requestLocale'
import { t } from '../i18n/labels'

const STATES: JobListState[] = ['scheduled', 'queued', 'running', 'completed', 'failed', 'repeating']

const requireStaff = (req: PayloadRequest) => {
  if (!req.user) throw new APIError(say(req, t('Sign in first.', 'Najpierw się zaloguj.')), 401)
  if (!isStaffUser(req.user)) throw new APIError(say(req, t('Only platform staff may see jobs.', 'Zadania widzi tylko obsługa platformy.')), 403)
}

export const listJobsEndpoint: Endpoint = {
  path: '/platform/jobs',
  method: 'get',
  handler: async (req) => {
    requireStaff(req)
    const state = req.searchParams.get('state') ?? undefined
    if (state && !STATES.includes(state as JobListState)) {
      throw new APIError(
        say(req, t(`Unknown state "${state}"; use one of ${STATES.join(', ')}.`, `Nieznany stan „${state}”; użyj jednego z: ${STATES.join(', ')}.`)),
        400,
      )
    }
    const limit = Math.min(Number(req.searchParams.get('limit') ?? 50) || 50, 200)
    const result = await getJobs(req.payload).list({ state: state as JobListState | undefined, limit })
    return Response.json(result)
  },
}

export const retryJobEndpoint: Endpoint = {
  path: '/platform/jobs/:id/retry',
  method: 'post',
  handler: async (req) => {
    requireStaff(req)
    const id = String(req.routeParams?.id ?? '')
    if (!/^[A-Za-z0-9-]{1,64}$/.test(id)) throw new APIError(say(req, t('Invalid job id.', 'Nieprawidłowy identyfikator zadania.')), 400)
    const found = await getJobs(req.payload).retry(id)
    if (!found) throw new APIError(say(req, t('No such job.', 'Nie ma takiego zadania.')), 404)
    req.payload.logger.info({ msg: `Staff ${req.user?.email} retried job ${id}` })
    return Response.json({ retried: id })
  },
}
