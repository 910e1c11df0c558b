/**
 * The benchmark's SMTP server, in its own process so its work and memory are not the measured process's: a
 * real SMTP listener (`startSmtpListener`) that counts accepted messages, forgets their bytes, and answers the
 * parent over IPC (`{ type: 'count' }` → `{ count, firstAt, lastAt }`, `{ type: 'reset' }`).
 */
import { startSmtpListener } from '@platform/testing'

const smtp = await startSmtpListener()
let count = 0
let firstAt: number | undefined
let lastAt: number | undefined

const drain = () => {
  const accepted = smtp.received.filter((mail) => mail.accepted).length
  if (accepted) {
    const now = Date.now()
    firstAt ??= now
    lastAt = now
    count += accepted
  }
  smtp.received.length = 0
}
setInterval(drain, 2).unref()

process.on('message', (message: { type: string }) => {
  drain()
  if (message.type === 'reset') {
    count = 0
    firstAt = undefined
    lastAt = undefined
  }
  process.send!({ type: 'count', count, firstAt, lastAt })
})
process.on('disconnect', () => void smtp.close().then(() => process.exit(0)))
process.send!({ type: 'ready', url: smtp.url })
