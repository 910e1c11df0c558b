/**
 * The Domain view's calls to the plugin's endpoints from the browser: JSON in and out with the session cookie,
 * and the endpoint's own message (PL/EN, the request's language) when it refuses. Never throws: a network failure
 * is an `offline` answer.
 */
export type ApiAnswer<T> = { ok: true; status: number; body: T } | { ok: false; status: number; message: string | null }

export const callApi = async <T>(url: string, init: { method?: string; body?: unknown } = {}): Promise<ApiAnswer<T>> => {
  let res: Response
  try {
    res = await fetch(url, {
      method: init.method ?? 'GET',
      credentials: 'include',
      headers: init.body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    })
  } catch {
    return { ok: false, status: 0, message: null }
  }
  const body = (await res.json().catch(() => null)) as (T & { errors?: { message?: string }[] }) | null
  if (!res.ok) return { ok: false, status: res.status, message: body?.errors?.[0]?.message ?? null }
  return { ok: true, status: res.status, body: body as T }
}

/** The message to show for a refused call: the endpoint's own, else a generic one. */
export const problemText = (answer: { status: number; message: string | null }, texts: { failed: string; offline: string }): string =>
  answer.message ?? (answer.status === 0 ? texts.offline : texts.failed)
