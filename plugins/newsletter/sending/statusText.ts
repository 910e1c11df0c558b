/** What the campaign rules answer an editor, in Polish and English. */
import type { CampaignStatus } from '../lib/campaignStatus'

const STATUS_NAME: Record<'pl' | 'en', Record<CampaignStatus, string>> = {
  pl: { draft: 'szkic', scheduled: 'zaplanowana', sending: 'wysyłana', paused: 'wstrzymana', sent: 'wysłana' },
  en: { draft: 'draft', scheduled: 'scheduled', sending: 'sending', paused: 'paused', sent: 'sent' },
}

export const STATUS_TEXT = {
  newOnlyDraft: { pl: 'Nowa kampania może być tylko szkicem lub zaplanowaną wysyłką.', en: 'A new campaign can only be a draft or scheduled.' },
  scheduleInFuture: { pl: 'Wybierz datę i godzinę wysyłki w przyszłości.', en: 'Choose a sending date and time in the future.' },
  nothingToSend: { pl: 'Kampania potrzebuje tematu i treści po polsku.', en: 'The campaign needs a Polish subject and body.' },
  contentLocked: {
    pl: 'Treści kampanii nie można zmieniać w trakcie wysyłki ani po niej.',
    en: 'A campaign cannot be edited while it is being sent or after it was sent.',
  },
  badMove: (from: CampaignStatus, to: CampaignStatus) => ({
    pl: `Kampanii o statusie „${STATUS_NAME.pl[from]}” nie można zmienić na „${STATUS_NAME.pl[to]}”.`,
    en: `A ${STATUS_NAME.en[from]} campaign cannot become ${STATUS_NAME.en[to]}.`,
  }),
} as const
