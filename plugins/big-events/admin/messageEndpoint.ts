/**
 * POST /api/big-events/:id/message `{ subject, body, includeHeld?, includeWaitlisted? }`: the owner's message to the
 * event's confirmed attendees (and, when asked, those holding an unpaid seat or on the waiting list), one email each
 * in the attendee's language (big-event-message: a PL/EN wrapper around the owner's text, escaped by Handlebars;
 * replies go to the sender). Owner, admin and editor of the site only. Limited per event (`BIG_EVENTS_MESSAGES_PER_HOUR`,
 * default 5, one atomic count, so parallel sends cannot pass it). Answers `{ sent }`: how many emails were queued.
 */
import type { Endpoint } from 'payload'

import { z } from 'zod'

import { inTransaction, publicSiteInfo, queueEmail, rateLimit, readBody, tooManyRequests } from '@platform'
import { eventWhen } from '../lib/facts'
import { REGISTRATIONS } from '../slugs'
import { eventForCaller, say } from './eventAccess'

const positive = (value: string | undefined, fallback: number) => (Number(value) > 0 ? Number(value) : fallback)

export const messageLimiter = rateLimit({
  name: 'big-events.message',
  points: () => positive(process.env.BIG_EVENTS_MESSAGES_PER_HOUR, 5),
  durationSeconds: 3600,
})

export const MESSAGE_LIMITS = { subject: 200, body: 5000 } as const

/** The owner's text as paragraphs: blank lines part them, single line breaks stay inside one. */
export const paragraphsOf = (body: string): string[] =>
  body
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)

const bodySchema = (pl: boolean) =>
  z.strictObject({
    subject: z
      .string({ message: pl ? 'Podaj temat.' : 'Give a subject.' })
      .trim()
      .min(1, pl ? 'Podaj temat.' : 'Give a subject.')
      .max(MESSAGE_LIMITS.subject, pl ? `Temat może mieć najwyżej ${MESSAGE_LIMITS.subject} znaków.` : `At most ${MESSAGE_LIMITS.subject} characters.`)
      .refine((text) => !/[\r\n]/.test(text), pl ? 'Temat musi być jednym wierszem.' : 'The subject must be one line.'),
    body: z
      .string({ message: pl ? 'Napisz treść wiadomości.' : 'Write the message.' })
      .trim()
      .min(1, pl ? 'Napisz treść wiadomości.' : 'Write the message.')
      .max(MESSAGE_LIMITS.body, pl ? `Treść może mieć najwyżej ${MESSAGE_LIMITS.body} znaków.` : `At most ${MESSAGE_LIMITS.body} characters.`),
    includeHeld: z.boolean().optional(),
    includeWaitlisted: z.boolean().optional(),
  })

export const messageEndpoint: Endpoint = {
  path: '/:id/message',
  method: 'post',
  handler: async (req) => {
    const caller = await eventForCaller(req, req.routeParams?.id, { write: true })
    if (caller instanceof Response) return caller
    const { event, lang } = caller
    const { subject, body, includeHeld, includeWaitlisted } = await readBody(req, bodySchema(lang === 'pl'))
    const rate = await messageLimiter.consume(req, `event:${event.id}`)
    if (!rate.allowed)
      return tooManyRequests(
        say(
          req,
          'Wysłano już kilka wiadomości do uczestników tego wydarzenia. Spróbuj ponownie za godzinę.',
          'Several messages went to this event’s attendees already. Try again in an hour.',
        ),
        rate.retryAfterSeconds,
      )
    const statuses = ['confirmed', ...(includeHeld ? ['pending_payment'] : []), ...(includeWaitlisted ? ['waitlisted'] : [])]
    const registrations = await req.payload.find({
      collection: REGISTRATIONS,
      where: { and: [{ event: { equals: event.id } }, { status: { in: statuses } }] },
      depth: 0,
      pagination: false,
      sort: 'createdAt',
      overrideAccess: false,
      user: req.user,
      req,
    })
    const site = await publicSiteInfo(req, event.site)
    const seen = new Set<string>()
    const recipients = registrations.docs.filter((registration) => {
      const key = registration.email.toLowerCase()
      return seen.has(key) ? false : (seen.add(key), true)
    })
    const messageParagraphs = paragraphsOf(body)
    await inTransaction(req, async () => {
      for (const registration of recipients) {
        const locale = registration.locale === 'en' ? 'en' : 'pl'
        await queueEmail(req, {
          to: registration.email,
          template: 'big-event-message',
          locale,
          ownerId: site?.ownerId,
          replyTo: typeof req.user?.email === 'string' ? req.user.email : undefined,
          data: {
            attendeeName: registration.name,
            bigEventTitle: event.title,
            bigEventWhen: eventWhen(event, locale),
            siteName: site?.name ?? '',
            messageSubject: subject,
            messageParagraphs,
          },
        })
      }
    })
    return Response.json({ sent: recipients.length })
  },
}
