/** What visitors see of big events: the list endpoint, the calendar file and the event page (its picture is public through lib/publicImages.ts). */
import { eventSitePage } from './eventPage'
import { icsEndpoint } from './icsEndpoint'
import { listEventsEndpoint } from './listEndpoint'

export const publicEndpoints = [listEventsEndpoint, icsEndpoint]
export const publicSitePages = [eventSitePage]
