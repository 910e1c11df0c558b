/** A tiny HTTP client that behaves like a browser session: cookies kept, Origin sent. */
import { TEST_PUBLIC_URL } from './platform'

export type ApiResponse<T = any> = { status: number; body: T; headers: Headers }

export type Session = {
  request: <T = any>(method: string, path: string, body?: unknown) => Promise<ApiResponse<T>>
  cookie: () => string | undefined
}

/** `language`: the Accept-Language the session sends (English unless asked, so messages tests expect are English). */
export type SessionOptions = { origin?: string | null; language?: 'pl' | 'en' }

export const session = (baseURL: string, { origin = TEST_PUBLIC_URL, language = 'en' }: SessionOptions = {}): Session => {
  let cookie: string | undefined
  const request: Session['request'] = async (method, path, body) => {
    const headers: Record<string, string> = { 'accept-language': language }
    if (origin) headers.origin = origin
    if (cookie) headers.cookie = cookie
    if (body !== undefined) headers['content-type'] = 'application/json'
    const response = await fetch(`${baseURL}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      redirect: 'manual',
    })
    for (const setCookie of response.headers.getSetCookie()) {
      const [pair] = setCookie.split(';')
      if (pair.startsWith('payload-token=')) cookie = /Expires=Thu, 01 Jan 1970/i.test(setCookie) ? undefined : pair
    }
    const text = await response.text()
    let parsed: unknown = text
    try {
      parsed = text ? JSON.parse(text) : undefined
    } catch {
      // not JSON; keep the text
    }
    return { status: response.status, body: parsed as never, headers: response.headers }
  }
  return { request, cookie: () => cookie }
}

/** Signs in over the real login endpoint and returns the browser-like session. */
export const signIn = async (baseURL: string, email: string, password: string, options: SessionOptions = {}): Promise<Session> => {
  const client = session(baseURL, options)
  const response = await client.request('POST', '/api/users/login', { email, password })
  if (response.status !== 200 || !client.cookie()) {
    throw new Error(`Sign-in failed for ${email}: ${response.status} ${JSON.stringify(response.body)}`)
  }
  return client
}
