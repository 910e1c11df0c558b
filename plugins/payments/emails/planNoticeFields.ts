/**
 * What the plan emails remember on each user: the plan end date they were last reminded of, and last told had
 * passed. A renewal moves `planEndsAt`, so the next term gets its own reminder; the same term never gets two.
 * Kept by the job (trusted code); nobody sees or edits them in the admin.
 */
import type { Field } from 'payload'

import { nobodyField, staffOnlyField, t } from '@platform'

const hiddenDate = (name: string, label: ReturnType<typeof t>): Field => ({
  name,
  type: 'date',
  access: { read: staffOnlyField, create: nobodyField, update: nobodyField },
  admin: { hidden: true, readOnly: true },
  label,
})

export const planNoticeFields: Field[] = [
  hiddenDate('planReminderSentFor', t('Plan-ending reminder sent for', 'Przypomnienie o końcu planu wysłane dla')),
  hiddenDate('planEndedNoticeSentFor', t('Plan-ended email sent for', 'E-mail o końcu planu wysłany dla')),
]
