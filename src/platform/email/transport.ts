/**
 * Which email transport the platform uses: a real SMTP server when SMTP_URL is
 * set, otherwise the development mailbox (messages kept in the database).
 * Either way mail goes through Payload's nodemailer adapter, so
 * `payload.sendEmail` is the one way to send.
 */
import type { EmailAdapter, Payload } from 'payload'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'

import { readEmailSettings, type EmailSettings } from './config'
import { devMailboxTransport } from './devMailbox'

export const createEmailAdapter = async (settings: EmailSettings = readEmailSettings()): Promise<EmailAdapter> => {
  const defaults = { defaultFromAddress: settings.from.address, defaultFromName: settings.from.name || settings.from.address }
  if (settings.smtpURL) {
    // No verify at start: sending happens in retried jobs, so an SMTP server that is
    // down at boot must not hold up (or fail) the start.
    return nodemailerAdapter({ ...defaults, transport: nodemailer.createTransport(settings.smtpURL), skipVerify: true })
  }
  let current: Payload | undefined
  const adapter = await nodemailerAdapter({ ...defaults, transport: nodemailer.createTransport(devMailboxTransport(() => current)), skipVerify: true })
  return (args) => {
    current = args.payload
    return { ...adapter(args), name: 'dev-mailbox' }
  }
}
