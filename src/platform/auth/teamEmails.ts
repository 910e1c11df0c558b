/** The team invitation on the owner's Emails screen (see email/customizableEmails.ts). */
import type { CustomizableEmailGroup } from '../email/customizableEmails'
import { t } from '../i18n/labels'

export const TEAM_EMAILS: CustomizableEmailGroup = {
  title: t('Team', 'Zespół'),
  emails: [
    {
      slug: 'team-invitation',
      name: t('Team invitation', 'Zaproszenie do zespołu'),
      description: t(
        'To the person you invite to work on your site, with the link to accept.',
        'Do osoby, którą zapraszasz do pracy przy stronie, z linkiem do przyjęcia zaproszenia.',
      ),
    },
  ],
}
