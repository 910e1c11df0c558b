import { z } from 'zod'

import { clientIp, findPublishedSite, hashIp, jsonError, notify, queueEmail, rateLimit, readBody, say, t, tooManyRequests, visitorEndpoint } from '@platform'

const limiter = rateLimit({ name: 'example.leave-note', points: () => Number(process.env.EXAMPLE_NOTES_PER_HOUR) || 5, durationSeconds: 3600 })

/** POST /api/public/sites/:identifier/example-notes: a visitor (signed in or not) leaves a note; the owner is notified in the admin and by email. */
export const leaveNoteEndpoint = visitorEndpoint({
  path: '/public/sites/:identifier/example-notes',
  method: 'post',
  handler: async (req) => {
    const site = await findPublishedSite(req, req.routeParams?.identifier)
    if (!site?.owner) return jsonError(say(req, t('Site not found.', 'Nie znaleziono strony.')), 404)
    const { text } = await readBody(req, z.strictObject({ text: z.string().trim().min(1).max(500) }))
    const rate = await limiter.consume(req, hashIp(req, clientIp(req)))
    if (!rate.allowed)
      return tooManyRequests(
        say(req, t('Too many notes from your network. Try again later.', 'Z Twojej sieci wysłano zbyt wiele notatek. Spróbuj ponownie później.')),
        rate.retryAfterSeconds,
      )
    // Trusted writes on the visitor's behalf: the note, the owner's notification and email (queued after commit).
    await req.payload.create({ collection: 'example-notes', data: { site: site.id, text, fromVisitor: true }, overrideAccess: true, req }) // for the visitor
    const owner = await req.payload.findByID({ collection: 'users', id: site.owner, depth: 0, overrideAccess: true, req }) // to address the owner
    // To the notes view: the notes' raw collection is staff's (shownToStaff).
    await notify({ req, userId: owner.id, siteId: site.id, type: 'example.note-left', message: text, link: '/admin/example' })
    await queueEmail(req, { to: owner.email, template: 'example-note', locale: owner.locale ?? 'pl', data: { siteName: site.name, noteText: text } })
    return Response.json({ ok: true }, { status: 201 })
  },
})
