import { checkAttachments, MAX_ATTACHMENT_BYTES } from './queueEmail'
import { toNodemailerAttachments } from './sendEmailJob'

const pdf = {
  filename: 'receipt.pdf',
  content: Buffer.from('%PDF-1.3 binary \u0000\u00ff').toString('base64'),
  contentType: 'application/pdf',
  encoding: 'base64' as const,
}

describe('email attachments', () => {
  it('accepts text and base64 files and hands the encoding to nodemailer', () => {
    const ics = { filename: 'invite.ics', content: 'BEGIN:VCALENDAR', contentType: 'text/calendar; method=REQUEST; charset=UTF-8' }
    expect(() => checkAttachments([ics, pdf])).not.toThrow()
    expect(toNodemailerAttachments([pdf])).toMatchObject({ attachments: [pdf] })
    expect(toNodemailerAttachments([ics])).toMatchObject({ attachments: [ics] })
  })
  it('refuses content that is not base64, an unknown encoding, and files over the limit as stored', () => {
    expect(() => checkAttachments([{ ...pdf, content: 'not base64!' }])).toThrow(/not base64/)
    expect(() => checkAttachments([{ ...pdf, encoding: 'hex' as never }])).toThrow(/encoding/)
    const big = Buffer.alloc(Math.ceil((MAX_ATTACHMENT_BYTES * 3) / 4) + 3).toString('base64')
    expect(() => checkAttachments([{ ...pdf, content: big }])).toThrow(/exceed/)
  })
})
