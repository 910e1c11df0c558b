/**
 * The campaign editor's preview and test send, both for the signed-in editor (campaignAccess.ts) and both from
 * what the form holds now (`subjectPl`, `subjectEn`, `bodyPl`, `bodyEn`, each optional: the saved campaign
 * fills the rest), in `locale`:
 * - `POST /api/newsletter-campaigns/:id/preview` → 200 `{ subject, html, text, locale }`, the email exactly as
 *   a subscriber gets it, without tracking (links as written, no pixel) and with the site's address for the
 *   footer's links;
 * - `POST /api/newsletter-campaigns/:id/test` → 202 `{ sentTo }`: that email, `[TEST]` before the subject, to
 *   the caller's own address only, sent at once (502 when the mail server refuses). At most
 *   NEWSLETTER_TEST_SENDS_PER_HOUR (10) per user per hour, then 429.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { randomUUID } from 'node:crypto'
import { z } from 'zod'

import { jsonError, rateLimit, readBody, readEmailSettings, tooManyRequests } from '@platform'
import { renderCampaign, type CampaignContent } from '../render/renderCampaign'
import { siteForSending } from '../sending/sendCampaign'
import { campaignForWriting, say } from './campaignAccess'

const lexical = z.looseObject({ root: z.looseObject({ children: z.array(z.unknown()) }) }).nullable()

const draftBody = z.strictObject({
  locale: z.enum(['pl', 'en']).default('pl'),
  subjectPl: z.string().max(200).optional(),
  subjectEn: z.string().max(200).nullable().optional(),
  bodyPl: lexical.optional(),
  bodyEn: lexical.optional(),
})

const TEXT = {
  tooMany: { pl: 'Za dużo wiadomości testowych. Spróbuj ponownie później.', en: 'Too many test emails. Try again later.' },
  smtp: {
    pl: 'Serwer pocztowy nie przyjął wiadomości testowej. Spróbuj ponownie później.',
    en: 'The mail server did not accept the test email. Try again later.',
  },
  noSubject: { pl: 'Wpisz temat kampanii po polsku.', en: 'Enter the Polish subject of the campaign.' },
  noSite: { pl: 'Nie znaleziono strony tej kampanii.', en: "The campaign's site was not found." },
} as const

const testSends = rateLimit({
  name: 'newsletter.test-send',
  points: () => Number(process.env.NEWSLETTER_TEST_SENDS_PER_HOUR) || 10,
  durationSeconds: 3600,
})

/** The email as the editor's form has it now, or an error answer. */
const draftEmail = async (req: PayloadRequest, test: boolean) => {
  const found = await campaignForWriting(req)
  if (found instanceof Response) return found
  const draft = await readBody(req, draftBody)
  const content: CampaignContent = {
    subjectPl: draft.subjectPl ?? found.campaign.subjectPl,
    subjectEn: draft.subjectEn !== undefined ? draft.subjectEn : found.campaign.subjectEn,
    bodyPl: draft.bodyPl !== undefined ? draft.bodyPl : found.campaign.bodyPl,
    bodyEn: draft.bodyEn !== undefined ? draft.bodyEn : found.campaign.bodyEn,
  }
  if (!content.subjectPl?.trim()) return jsonError(say(req, TEXT.noSubject), 400)
  const site = await siteForSending(req.payload, found.siteId)
  if (!site) return jsonError(say(req, TEXT.noSite), 404)
  const serverURL = req.payload.config.serverURL
  const siteUrl = `${serverURL}/s/${site.identifier}`
  return {
    site,
    email: renderCampaign({
      campaign: content,
      locale: draft.locale,
      siteName: site.name,
      serverURL,
      links: { preferencesUrl: siteUrl, unsubscribeUrl: siteUrl },
      test,
    }),
  }
}

export const campaignPreviewEndpoint: Endpoint = {
  path: '/:id/preview',
  method: 'post',
  handler: async (req) => {
    const made = await draftEmail(req, false)
    if (made instanceof Response) return made
    return Response.json(made.email, { headers: { 'cache-control': 'no-store' } })
  },
}

export const campaignTestEndpoint: Endpoint = {
  path: '/:id/test',
  method: 'post',
  handler: async (req) => {
    const found = await campaignForWriting(req)
    if (found instanceof Response) return found
    const rate = await testSends.consume(req, String(req.user!.id))
    if (!rate.allowed) return tooManyRequests(say(req, TEXT.tooMany), rate.retryAfterSeconds)
    const made = await draftEmail(req, true)
    if (made instanceof Response) return made
    const settings = readEmailSettings()
    const to = String(req.user!.email)
    try {
      await req.payload.sendEmail({
        to,
        from: { name: made.site.name, address: settings.from.address },
        subject: made.email.subject,
        html: made.email.html,
        text: made.email.text,
        messageId: `<newsletter-test-${randomUUID()}@${settings.from.address.split('@')[1] || 'localhost'}>`,
        headers: { 'Content-Language': made.email.locale },
      })
    } catch (error) {
      req.payload.logger.warn({ msg: 'Newsletter test email refused', err: error })
      return jsonError(say(req, TEXT.smtp), 502)
    }
    return Response.json({ sentTo: to }, { status: 202 })
  },
}
