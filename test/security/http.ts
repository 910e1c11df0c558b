/**
 * Raw HTTP for the edge tests: bodies generated as they are sent (a 50 MB
 * body costs the client no memory, so the process's memory is the server's),
 * chunked or with a Content-Length, on a chosen agent (keep-alive).
 */
import type { Socket } from 'node:net'

import http from 'node:http'

export type RawResponse = { status: number; headers: http.IncomingHttpHeaders; text: string; socket: Socket }

export type RawRequest = {
  method?: string
  path: string
  headers?: Record<string, string>
  /** The body: given bytes, or `size` bytes of `fill` produced on the fly. */
  body?: Buffer | string | { size: number; fill?: string }
  /** Send without Content-Length (Transfer-Encoding: chunked). */
  chunked?: boolean
  agent?: http.Agent
}

const CHUNK = 64 * 1024

/** Resolves with the answer as soon as it arrives, even while the body is still being sent (a 413 before the rest). */
export const rawRequest = (baseURL: string, { method = 'POST', path, headers = {}, body, chunked = false, agent }: RawRequest): Promise<RawResponse> =>
  new Promise((resolve, reject) => {
    const url = new URL(path, baseURL)
    const bytes = body === undefined ? Buffer.alloc(0) : Buffer.isBuffer(body) || typeof body === 'string' ? Buffer.from(body) : undefined
    const size = bytes ? bytes.length : (body as { size: number }).size
    const fill = Buffer.alloc(CHUNK, bytes ? ' ' : ((body as { fill?: string }).fill ?? 'a'))
    const request = http.request(url, {
      method,
      agent: agent ?? false,
      headers: { ...headers, ...(chunked || body === undefined ? {} : { 'content-length': String(size) }) },
    })
    let answered = false
    request.on('response', (response) => {
      answered = true
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, text: Buffer.concat(chunks).toString('utf8'), socket: request.socket! }),
      )
      response.on('error', reject)
    })
    // The server may close the connection once it has answered (a 413): the rest of the body then cannot be sent.
    request.on('error', (error) => {
      if (!answered) reject(error)
    })
    if (bytes) {
      request.end(bytes)
      return
    }
    let sent = 0
    const write = () => {
      while (sent < size && !request.destroyed) {
        const piece = fill.subarray(0, Math.min(CHUNK, size - sent))
        sent += piece.length
        if (!request.write(piece)) {
          request.once('drain', write)
          return
        }
      }
      if (!request.destroyed) request.end()
    }
    write()
  })

/** `{"pad":"aaaa…"}` of exactly `size` bytes: valid JSON a handler would read whole. */
export const paddedJson = (size: number): Buffer => {
  const head = '{"pad":"'
  const tail = '"}'
  return Buffer.from(head + 'a'.repeat(size - head.length - tail.length) + tail)
}
