/**
 * Request bodies under a byte limit, read straight from Node's request: the
 * whole body into memory (small JSON bodies), or as a stream for Payload
 * (uploads). Bytes are counted as they arrive, so a chunked body without a
 * Content-Length is cut off at the limit just like a declared one.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'

export class BodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`The request body is larger than the limit of ${limit} bytes.`)
  }
}

/** The declared Content-Length, or `undefined` (chunked, or nonsense). */
export const declaredLength = (req: IncomingMessage): number | undefined => {
  const value = req.headers['content-length']
  if (value === undefined || !/^\d+$/.test(value)) return undefined
  const length = Number(value)
  return Number.isSafeInteger(length) ? length : undefined
}

/** Whether the request carries a body at all (a declared length above 0, or chunked). */
export const hasBody = (req: IncomingMessage): boolean => req.headers['transfer-encoding'] !== undefined || (declaredLength(req) ?? 0) > 0

/** The platform's error shape, written with Node's own API (the edge answers before Express or Payload see the request). */
export const sendError = (res: ServerResponse, status: number, message: string, { close = false, field }: { close?: boolean; field?: string } = {}): void => {
  if (res.headersSent) return
  const body = JSON.stringify({ errors: [field ? { message, field } : { message }] })
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    // The rest of the body is never read: the connection cannot carry another request.
    ...(close ? { Connection: 'close' } : {}),
  })
  res.end(body)
}

/** The refusal of a body over the limit, before reading the rest (the connection closes after it). */
export const sendTooLarge = (res: ServerResponse, limit: number): void =>
  sendError(res, 413, `The request body is too large (the limit is ${limit} bytes).`, { close: true })

/** The whole body, or a `BodyTooLarge` rejection as soon as more than `limit` bytes have arrived. */
export const readBody = (req: IncomingMessage, limit: number): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let received = 0
    const cleanUp = () => {
      req.off('data', onData)
      req.off('end', onEnd)
      req.off('error', onError)
      req.off('aborted', onAborted)
    }
    const onData = (chunk: Buffer) => {
      received += chunk.length
      if (received > limit) {
        cleanUp()
        req.pause()
        reject(new BodyTooLarge(limit))
        return
      }
      chunks.push(chunk)
    }
    const onEnd = () => {
      cleanUp()
      resolve(Buffer.concat(chunks, received))
    }
    const onError = (error: Error) => {
      cleanUp()
      reject(error)
    }
    const onAborted = () => onError(new Error('The client aborted the request.'))
    req.on('data', onData)
    req.on('end', onEnd)
    req.on('error', onError)
    req.on('aborted', onAborted)
  })

export type LimitedStream = {
  stream: ReadableStream<Uint8Array>
  /**
   * Before the response is written: when the handler left part of the body
   * unread, the rest is discarded as it arrives (at most the limit, already
   * checked) so the connection stays usable for the next request; a chunked
   * body of unknown size closes the connection instead.
   */
  settleUnread: (res: ServerResponse) => void
}

/** The body as a web stream that errors, and calls `onTooLarge`, once more than `limit` bytes arrive. */
export const limitedStream = (req: IncomingMessage, limit: number, onTooLarge: () => void): LimitedStream => {
  let received = 0
  let discarding = false
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined
  const onData = (chunk: Buffer) => {
    received += chunk.length
    if (received > limit) {
      req.off('data', onData)
      req.pause()
      if (!discarding) {
        controller?.error(new BodyTooLarge(limit))
        onTooLarge()
      } else {
        // The handler answered already; the client went on past the limit.
        req.socket.destroy()
      }
      return
    }
    if (discarding) return
    controller!.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength))
    if ((controller!.desiredSize ?? 1) <= 0) req.pause()
  }
  const stream = new ReadableStream<Uint8Array>({
    start(streamController) {
      controller = streamController
      req.on('data', onData)
      req.once('end', () => {
        if (!discarding) streamController.close()
      })
      req.once('error', (error) => {
        if (!discarding) streamController.error(error)
      })
      req.pause()
    },
    pull() {
      req.resume()
    },
    cancel() {
      discarding = true
      req.resume()
    },
  })
  const settleUnread = (res: ServerResponse) => {
    if (req.complete || discarding) return
    discarding = true
    if (declaredLength(req) === undefined) res.setHeader('Connection', 'close')
    req.resume()
  }
  return { stream, settleUnread }
}
