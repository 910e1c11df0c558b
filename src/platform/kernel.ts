/**
 * The platform's own contribution, made through the same contract plugins use:
 * after-commit callbacks, the staff jobs view and its endpoints.
 */
import { installAfterCommit } from './db/afterCommit'
import { definePlatformPlugin } from './plugins/definePlatformPlugin'
import { listJobsEndpoint, retryJobEndpoint } from './jobs/endpoints'

export const platformKernel = definePlatformPlugin('platform', () => ({
  endpoints: [listJobsEndpoint, retryJobEndpoint],
  onInit: installAfterCommit,
  admin: {
    views: {
      jobs: { Component: '/src/platform/jobs/admin/JobsView#JobsView', path: '/jobs' },
    },
    afterNavLinks: ['/src/platform/jobs/admin/JobsNavLink#JobsNavLink'],
  },
}))
