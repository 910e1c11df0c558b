/** Node's request/response <-> the Fetch API's Request/Response, for Payload's handlers. */
import type { IncomingMessage, ServerResponse } from 'node:http'

import { Readable } from 'node:stream'

/** `body`: the body the edge read or wrapped (apiBody.ts); without it, the request's own stream. */
export const toFetchRequest = (req: IncomingMessage, baseURL: string, body?: Buffer | ReadableStream<Uint8Array>): Request => {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    if (Array.isArray(value)) value.forEach((item) => headers.append(name, item))
    else headers.set(name, value)
  }
  const method = (req.method ?? 'GET').toUpperCase()
  const hasBody = !['GET', 'HEAD'].includes(method)
  return new Request(new URL(req.url ?? '/', baseURL), {
    method,
    headers,
    body: hasBody ? (body ?? (Readable.toWeb(req) as ReadableStream)) : undefined,
    // Required by Node for streaming request bodies.
    ...(hasBody ? { duplex: 'half' } : {}),
  } as RequestInit)
}

export const sendFetchResponse = async (response: Response, res: ServerResponse): Promise<void> => {
  // The edge answered already (a body over the limit, cut off while the handler read it).
  if (res.headersSent) {
    await response.body?.cancel().catch(() => {})
    return
  }
  res.statusCode = response.status
  response.headers.forEach((value, name) => {
    if (!['set-cookie', 'x-powered-by'].includes(name.toLowerCase())) res.setHeader(name, value)
  })
  // A response that names who may frame it (the component frame) is not also refused by the default X-Frame-Options.
  if (/frame-ancestors/i.test(response.headers.get('content-security-policy') ?? '')) res.removeHeader('x-frame-options')
  const cookies = response.headers.getSetCookie()
  if (cookies.length) res.setHeader('set-cookie', cookies)
  if (!response.body) {
    res.end()
    return
  }
  const body = Readable.fromWeb(response.body as never)
  await new Promise<void>((resolve, reject) => {
    body.on('error', reject)
    res.on('finish', resolve)
    res.on('close', resolve)
    body.pipe(res)
  })
}
