/**
 * Server-to-server notifications as P24 sends them: a JSON POST to urlStatus; anything but HTTP 200
 * is retried. P24 retries after 3, 5, 15, 30, 60, 150 and 450 minutes (read here as the waits
 * between attempts); tests pass the same schedule scaled down to milliseconds.
 */
export const P24_RETRY_MINUTES = [3, 5, 15, 30, 60, 150, 450] as const

export const scaledRetryDelays = (msPerMinute: number) => P24_RETRY_MINUTES.map((m) => m * msPerMinute)

export type DeliveryAttempt = { url: string; kind: 'transaction' | 'refund'; body: object; attempt: number; status: number | null; at: number }

export type Notifier = {
  send: (url: string, kind: DeliveryAttempt['kind'], body: object) => void
  /** The next `count` notifications are lost (never sent, nor retried): a notification P24 sent that never arrived. */
  drop: (count?: number) => void
  attempts: () => DeliveryAttempt[]
  /** Resolves when no delivery is pending (all delivered, dropped or out of retries). */
  idle: () => Promise<void>
  close: () => void
}

export const createNotifier = (retryDelaysMs: readonly number[], doFetch: typeof fetch = fetch): Notifier => {
  const log: DeliveryAttempt[] = []
  const timers = new Set<NodeJS.Timeout>()
  let pending = 0
  let toDrop = 0
  let closed = false
  let waiters: (() => void)[] = []

  const settle = () => {
    pending--
    if (pending === 0) {
      const w = waiters
      waiters = []
      w.forEach((resolve) => resolve())
    }
  }

  const attempt = async (url: string, kind: DeliveryAttempt['kind'], body: object, n: number) => {
    if (closed) return settle()
    let status: number | null = null
    try {
      const res = await doFetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
      status = res.status
      await res.arrayBuffer().catch(() => undefined)
    } catch {
      // Unreachable shop: counts as a failed attempt, like a timeout at P24.
    }
    log.push({ url, kind, body, attempt: n, status, at: Date.now() })
    if (status === 200 || n > retryDelaysMs.length || closed) return settle()
    const timer = setTimeout(
      () => {
        timers.delete(timer)
        void attempt(url, kind, body, n + 1)
      },
      retryDelaysMs[n - 1],
    )
    timers.add(timer)
  }

  return {
    send: (url, kind, body) => {
      if (toDrop > 0) {
        toDrop--
        return
      }
      pending++
      void attempt(url, kind, body, 1)
    },
    drop: (count = 1) => {
      toDrop += count
    },
    attempts: () => [...log],
    idle: () => (pending === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve))),
    close: () => {
      closed = true
      timers.forEach(clearTimeout)
      timers.clear()
      const w = waiters
      waiters = []
      pending = 0
      w.forEach((resolve) => resolve())
    },
  }
}
