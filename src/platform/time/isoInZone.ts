/**
 * An instant as ISO 8601 with the offset a zone has at that moment (`2026-12-05T10:00:00+01:00`), for schema.org
 * dates, calendar links and anything a reader in that zone should see as their clock shows it. date-fns with
 * @date-fns/tz (the IANA rules come from Intl), so summer time and odd offsets (+05:30) are right.
 */
import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'

export const isoInZone = (value: string | Date | number, timeZone: string): string => format(new TZDate(new Date(value), timeZone), "yyyy-MM-dd'T'HH:mm:ssXXX")
