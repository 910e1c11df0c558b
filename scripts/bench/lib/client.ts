/**
 * A minimal browser-like API client for the benchmarks: keeps the session
 * cookie and sends the server's own Origin (cookie sessions require it).
 * Every call that does not answer as expected throws with the answer.
 */
export type ApiClient = {
  json: <T = unknown>(method: string, path: string, body?: unknown, expect?: number) => Promise<T>
  upload: <T = unknown>(path: string, file: { data: Buffer; name: string; type: string }, fields: Record<string, unknown>) => Promise<T>
}

export const apiClient = (baseURL: string): ApiClient => {
  let cookie: string | undefined
  const headers = (): Record<string, string> => ({ origin: baseURL, 'accept-language': 'en', ...(cookie ? { cookie } : {}) })

  const send = async <T>(method: string, path: string, init: { body?: BodyInit; headers?: Record<string, string> }, expect: number): Promise<T> => {
    const response = await fetch(`${baseURL}${path}`, { method, redirect: 'manual', body: init.body, headers: { ...headers(), ...init.headers } })
    for (const setCookie of response.headers.getSetCookie()) {
      const [pair] = setCookie.split(';')
      if (pair.startsWith('payload-token=')) cookie = pair
    }
    const text = await response.text()
    if (response.status !== expect) throw new Error(`${method} ${path} answered ${response.status} (expected ${expect}): ${text.slice(0, 500)}`)
    return (text ? JSON.parse(text) : undefined) as T
  }

  return {
    json: (method, path, body, expect = 200) =>
      send(method, path, body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }, expect),
    upload: (path, file, fields) => {
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(file.data)], { type: file.type }), file.name)
      form.append('_payload', JSON.stringify(fields))
      return send('POST', path, { body: form }, 201)
    },
  }
}
