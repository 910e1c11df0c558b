/**
 * Email settings from the environment (listed in the README's configuration table):
 * SMTP_URL selects a real SMTP server; without it the development mailbox keeps
 * the messages. EMAIL_FROM and EMAIL_REPLY_TO address every message.
 */
export type EmailSettings = {
  /** smtp://user:pass@host:587 or smtps://…; unset: the dev mailbox collection. */
  smtpURL: string | undefined
  from: { name: string; address: string }
  replyTo: string | undefined
}

/** Splits `Name <address@host>` (or a bare address) into its parts. */
export const parseAddress = (value: string): { name: string; address: string } => {
  const match = /^\s*(?:"?([^"<]*?)"?\s*)?<([^<>\s]+@[^<>\s]+)>\s*$/.exec(value)
  if (match) return { name: (match[1] ?? '').trim(), address: match[2] }
  const bare = value.trim()
  if (/^[^\s@<>]+@[^\s@<>]+$/.test(bare)) return { name: '', address: bare }
  throw new Error(`"${value}" is not an email address (use "Name <address@host>" or "address@host").`)
}

export const readEmailSettings = (env: Record<string, string | undefined> = process.env): EmailSettings => ({
  smtpURL: env.SMTP_URL || undefined,
  from: parseAddress(env.EMAIL_FROM || 'Platforma <no-reply@localhost>'),
  replyTo: env.EMAIL_REPLY_TO || undefined,
})
