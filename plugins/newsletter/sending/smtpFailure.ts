/**
 * What an SMTP failure means for one recipient (pure):
 * - `hard`: the server refused the recipient permanently (5xx answering RCPT TO): the address bounces, the
 *   subscriber is deactivated;
 * - `permanent`: another 5xx (the message refused at DATA, say): this delivery fails, nobody is deactivated;
 * - `temporary`: a 4xx, or no answer at all (connection refused, timeout): tried again later, and counted
 *   towards the consecutive failures that pause a campaign.
 */
export type SmtpFailure = { kind: 'hard' | 'permanent' | 'temporary'; code?: number; message: string }

type NodemailerError = { responseCode?: unknown; command?: unknown; code?: unknown; response?: unknown; message?: unknown }

export const classifySmtpFailure = (error: unknown): SmtpFailure => {
  const failure = (error ?? {}) as NodemailerError
  const code = typeof failure.responseCode === 'number' ? failure.responseCode : undefined
  const message = String(failure.response ?? failure.message ?? error).slice(0, 300)
  if (code === undefined || code < 500) return { kind: 'temporary', code, message }
  const atRecipient = /^RCPT\b/i.test(String(failure.command ?? '')) || failure.code === 'EENVELOPE'
  return { kind: atRecipient ? 'hard' : 'permanent', code, message }
}
