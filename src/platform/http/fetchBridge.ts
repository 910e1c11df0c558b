/** Node's request/response <-> the Fetch API's Request/Response, for Payload's handlers. */
import type { IncomingMessage, ServerResponse } from 'node:http'

import { Readable } from 'node:stream'

export const toFetchRequest = (req: IncomingMessage, baseURL: string): Request => {
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
    body: hasBody ? (Readable.toWeb(req) as ReadableStream) : undefined,
    // Required by Node for streaming request bodies.
    ...(hasBody ? { duplex: 'half' } : {}),
  } as RequestInit)
}

export const sendFetchResponse = async (response: Response, res: ServerResponse): Promise<void> => {
  res.statusCode = response.status
  response.headers.forEach((value, name) => {
    if (name.toLowerCase() !== 'set-cookie') res.setHeader(name, value)
  })
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
