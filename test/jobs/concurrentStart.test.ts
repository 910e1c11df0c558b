/**
 * Several processes starting at once on a new database: each Agenda connection creates its schema
 * (table, indexes, functions), which PostgreSQL cannot do concurrently ("tuple concurrently updated").
 * The platform takes a startup lock around it (src/platform/db/startupLock.ts); without it this fails.
 */
import { Agenda } from 'agenda'

import { createAgendaBackend } from '../../src/platform/db/adapter'
import { withStartupLock } from '../../src/platform/db/startupLock'
import { createDatabase } from '../../src/platform/testing/platform'

it('eight Agenda connections made at the same moment on a new database all start', async () => {
  const url = await createDatabase()
  const backends: ReturnType<typeof createAgendaBackend>[] = []
  try {
    const started = await Promise.allSettled(
      Array.from({ length: 8 }, () =>
        withStartupLock(url, 'platform:agenda-schema', async () => {
          const backend = createAgendaBackend({ url })
          backends.push(backend)
          await new Agenda({ backend, processEvery: 60_000 }).ready
        }),
      ),
    )
    expect(started.filter((result) => result.status === 'rejected').map((result) => String((result as PromiseRejectedResult).reason))).toEqual([])
  } finally {
    // Never started processing: closing each backend's pool is all there is to stop.
    await Promise.all(backends.map((backend) => backend.disconnect().catch(() => {})))
  }
})
