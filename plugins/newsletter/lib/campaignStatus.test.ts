import { canMove, contentEditable, validSchedule } from './campaignStatus'

describe('campaign status transitions', () => {
  it('lets an editor schedule, unschedule, send, pause and resume', () => {
    expect(canMove('draft', 'scheduled', 'editor')).toBe(true)
    expect(canMove('draft', 'sending', 'editor')).toBe(true)
    expect(canMove('scheduled', 'draft', 'editor')).toBe(true)
    expect(canMove('scheduled', 'sending', 'editor')).toBe(true)
    expect(canMove('sending', 'paused', 'editor')).toBe(true)
    expect(canMove('paused', 'sending', 'editor')).toBe(true)
  })

  it('refuses the rest to an editor: nobody marks a campaign sent, and sent is final', () => {
    expect(canMove('sending', 'sent', 'editor')).toBe(false)
    expect(canMove('draft', 'paused', 'editor')).toBe(false)
    expect(canMove('sending', 'draft', 'editor')).toBe(false)
    expect(canMove('sending', 'scheduled', 'editor')).toBe(false)
    for (const to of ['draft', 'scheduled', 'sending', 'paused'] as const) {
      expect(canMove('sent', to, 'editor')).toBe(false)
      expect(canMove('sent', to, 'platform')).toBe(false)
    }
  })

  it('lets the platform start a due campaign, pause it and finish it', () => {
    expect(canMove('scheduled', 'sending', 'platform')).toBe(true)
    expect(canMove('sending', 'paused', 'platform')).toBe(true)
    expect(canMove('sending', 'sent', 'platform')).toBe(true)
    expect(canMove('draft', 'sending', 'platform')).toBe(false)
  })

  it('locks the content while sending and after', () => {
    expect(contentEditable('draft')).toBe(true)
    expect(contentEditable('paused')).toBe(true)
    expect(contentEditable('sending')).toBe(false)
    expect(contentEditable('sent')).toBe(false)
  })

  it('accepts only a schedule in the future', () => {
    const now = Date.parse('2026-11-30T12:00:00Z')
    expect(validSchedule('2026-11-30T12:00:01Z', now)).toBe(true)
    expect(validSchedule('2026-11-30T12:00:00Z', now)).toBe(false)
    expect(validSchedule('nonsense', now)).toBe(false)
    expect(validSchedule(undefined, now)).toBe(false)
  })
})
