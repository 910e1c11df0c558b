/** A real SMTP listener on 127.0.0.1 (the `smtp-server` package) that keeps what it receives. */
import type { AddressInfo } from 'node:net'

import { SMTPServer } from 'smtp-server'

export type ReceivedMail = { raw: string; headers: Record<string, string>; accepted: boolean }

export type SmtpListener = {
  url: string
  received: ReceivedMail[]
  /** Answer the next `count` messages to `to` with a temporary failure (451). */
  rejectNext: (to: string, count?: number) => void
  /** Refuse `to` at RCPT TO with `code` (default 550: no such mailbox, a hard bounce) until the listener closes. */
  refuseRecipient: (to: string, code?: number) => void
  /** Refuse every recipient at RCPT TO with `code` (e.g. 451: a server in trouble); `undefined` accepts again. */
  refuseAll: (code: number | undefined) => void
  close: () => Promise<void>
}

/** Unfolds and reads the top-level headers (lower-case names). */
export const parseHeaders = (raw: string): Record<string, string> => {
  const head = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ')
  const headers: Record<string, string> = {}
  for (const line of head.split(/\r?\n/)) {
    const at = line.indexOf(':')
    if (at > 0) headers[line.slice(0, at).trim().toLowerCase()] ??= line.slice(at + 1).trim()
  }
  return headers
}

/** The decoded body of the first MIME part of `type` (quoted-printable or base64 as nodemailer writes them). */
export const mimePart = (raw: string, type: 'text/plain' | 'text/html' | 'text/calendar'): string | undefined => {
  const at = raw.search(new RegExp(`Content-Type: ${type}`, 'i'))
  if (at < 0) return undefined
  const rest = raw.slice(at)
  const headerEnd = rest.search(/\r?\n\r?\n/)
  const headers = rest.slice(0, headerEnd)
  const body = rest
    .slice(headerEnd)
    .replace(/^\r?\n\r?\n/, '')
    .split(/\r?\n--/)[0]
  if (/Content-Transfer-Encoding: base64/i.test(headers)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
  if (/Content-Transfer-Encoding: quoted-printable/i.test(headers)) {
    const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    return Buffer.from(bytes, 'latin1').toString('utf8')
  }
  return body
}

/** `delayMs`: wait that long after a message's data before answering (a slow server; the message counts as received at once). */
export const startSmtpListener = async ({ delayMs = 0 }: { delayMs?: number } = {}): Promise<SmtpListener> => {
  const received: ReceivedMail[] = []
  const rejections = new Map<string, number>()
  const refused = new Map<string, number>()
  let refuseEveryone: number | undefined
  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    // Clients are on 127.0.0.1: no reverse DNS lookup per connection (it cost ~150 ms each).
    disableReverseLookup: true,
    logger: false,
    onAuth: (_auth, _session, callback) => callback(null, { user: 'test' }),
    onRcptTo: (address, _session, callback) => {
      const code = refuseEveryone ?? refused.get(address.address.toLowerCase())
      if (code === undefined) return callback()
      const text = code >= 500 ? 'No such mailbox' : 'Service temporarily unavailable, try again later'
      callback(Object.assign(new Error(text), { responseCode: code }))
    },
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8')
        const to = session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase())
        const rejectFor = to.find((address) => (rejections.get(address) ?? 0) > 0)
        received.push({ raw, headers: parseHeaders(raw), accepted: !rejectFor })
        const answer = () => {
          if (rejectFor) {
            rejections.set(rejectFor, rejections.get(rejectFor)! - 1)
            const error = Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 })
            callback(error)
            return
          }
          callback()
        }
        if (delayMs > 0) setTimeout(answer, delayMs)
        else answer()
      })
    },
  })
  // A client that dies mid-conversation (a crash test kills its worker) resets the connection: smtp-server emits
  // that as 'error', which with no listener would crash the test process. It is the client's failure, not the server's.
  server.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'ECONNRESET' && err.code !== 'EPIPE') throw err
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    url: `smtp://test:secret@127.0.0.1:${port}`,
    received,
    rejectNext: (to, count = 1) => rejections.set(to.toLowerCase(), count),
    refuseRecipient: (to, code = 550) => refused.set(to.toLowerCase(), code),
    refuseAll: (code) => {
      refuseEveryone = code
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
