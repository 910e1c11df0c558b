import type { EventListener } from './types'

export const listenerJobName = (listener: Pick<EventListener, 'event' | 'name'>): string => `event:${listener.event}:${listener.name}`
