import type { Field } from 'payload'

import { labels, nobodyField, siteScopedCollection, t } from '@platform'
import { campaignPanelField } from '../admin/campaignPanelField'
import { campaignPreviewEndpoint, campaignTestEndpoint } from '../endpoints/campaignPreview'
import { campaignStatusEndpoints } from '../endpoints/campaignStatus'
import { checkCampaignChange, queueSendingOnStart } from '../hooks/campaignStatus'
import { CAMPAIGN_STATUSES, CAMPAIGNS, GROUP } from '../slugs'

const counter = (name: string, en: string, pl: string): Field => ({
  name,
  type: 'number',
  defaultValue: 0,
  min: 0,
  label: t(en, pl),
  access: { create: nobodyField, update: nobodyField },
  admin: { readOnly: true, position: 'sidebar' },
})

/**
 * A campaign an owner or editor writes: subject and body in Polish and English (Lexical rich text), a status
 * and a schedule, and the counts the sending records. The edit view shows the email's preview with the test
 * send, schedule and send buttons (admin/CampaignActions.tsx); status moves are checked by
 * hooks/campaignStatus.ts, sending is sending/sendCampaign.ts.
 */
export const Campaigns = siteScopedCollection({
  slug: CAMPAIGNS,
  labels: labels(t('Campaign', 'Kampania'), t('Campaigns', 'Kampanie')),
  admin: { useAsTitle: 'subjectPl', defaultColumns: ['subjectPl', 'status', 'scheduledAt', 'sentCount'], group: GROUP },
  defaultSort: '-createdAt',
  tenancy: { read: 'audience', write: 'content' },
  hooks: { beforeChange: [checkCampaignChange], afterChange: [queueSendingOnStart] },
  // The editor's preview, test send and status buttons; each checks its caller (endpoints/campaignAccess.ts).
  endpoints: [campaignPreviewEndpoint, campaignTestEndpoint, ...campaignStatusEndpoints],
  fields: [
    { name: 'subjectPl', type: 'text', required: true, maxLength: 200, label: t('Subject (Polish)', 'Temat (po polsku)') },
    { name: 'subjectEn', type: 'text', maxLength: 200, label: t('Subject (English)', 'Temat (po angielsku)') },
    { name: 'bodyPl', type: 'richText', label: t('Body (Polish)', 'Treść (po polsku)') },
    { name: 'bodyEn', type: 'richText', label: t('Body (English)', 'Treść (po angielsku)') },
    campaignPanelField,
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      label: t('Status', 'Status'),
      options: [
        { value: CAMPAIGN_STATUSES[0], label: t('Draft', 'Szkic') },
        { value: CAMPAIGN_STATUSES[1], label: t('Scheduled', 'Zaplanowana') },
        { value: CAMPAIGN_STATUSES[2], label: t('Sending', 'Wysyłana') },
        { value: CAMPAIGN_STATUSES[3], label: t('Paused', 'Wstrzymana') },
        { value: CAMPAIGN_STATUSES[4], label: t('Sent', 'Wysłana') },
      ],
      // Changed by the editor's buttons (Schedule, Send now, Pause, Resume), each checked by hooks/campaignStatus.ts.
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'scheduledAt',
      type: 'date',
      index: true,
      label: t('Send at', 'Termin wysyłki'),
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'sentAt',
      type: 'date',
      label: t('Sending finished', 'Wysyłkę zakończono'),
      access: { create: nobodyField, update: nobodyField },
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'pausedReason',
      type: 'text',
      label: t('Why sending paused', 'Powód wstrzymania'),
      access: { create: nobodyField, update: nobodyField },
      admin: { position: 'sidebar', readOnly: true, condition: (data) => data?.status === 'paused' && Boolean(data?.pausedReason) },
    },
    counter('recipientCount', 'Recipients', 'Odbiorcy'),
    counter('sentCount', 'Sent', 'Wysłane'),
    counter('failedCount', 'Failed', 'Nieudane'),
    counter('openCount', 'Opened', 'Otwarte'),
    counter('clickCount', 'Clicked', 'Kliknięte'),
  ],
})
