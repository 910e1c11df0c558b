/**
 * Server side of the campaign panel: shown to those who may write the site's campaigns (the endpoints' rule),
 * with the saved status and the texts in the admin's language.
 */
import type { UIFieldServerProps } from 'payload'

import { relationId, roleIn, roleOnSite } from '@platform'
import { CAMPAIGNS } from '../slugs'
import { CampaignPanelClient } from './CampaignPanelClient'
import { campaignTexts, type CampaignLabels, type CampaignTextKey } from './translations'

export async function CampaignPanel({ req, id }: UIFieldServerProps) {
  if (!req.user) return null
  const keys = Object.keys(campaignTexts.translations.en) as CampaignTextKey[]
  const labels = Object.fromEntries(keys.map((key) => [key, campaignTexts.t(req.i18n, key)])) as CampaignLabels
  const locale = req.i18n.language === 'en' ? 'en' : 'pl'
  if (id === undefined || id === null) return <p className="field-type">{labels.saveFirst}</p>
  const campaign = await req.payload.findByID({ collection: CAMPAIGNS, id, depth: 0, overrideAccess: false, user: req.user, req, disableErrors: true })
  if (!campaign || !roleIn(await roleOnSite(req, relationId(campaign.site)), 'content')) return null
  return (
    <CampaignPanelClient
      campaignId={campaign.id}
      status={campaign.status}
      scheduledAt={campaign.scheduledAt ?? null}
      sentCount={campaign.sentCount ?? 0}
      email={String(req.user.email)}
      locale={locale}
      labels={labels}
    />
  )
}
