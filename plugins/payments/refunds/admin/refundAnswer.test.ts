import { refundAnswerText } from './refundAnswer'

describe('refundAnswerText', () => {
  it('names the text for each answer of the refund endpoint', () => {
    expect(refundAnswerText(202, undefined)).toBe('refundRequested')
    expect(refundAnswerText(403, undefined)).toBe('refundForbidden')
    expect(refundAnswerText(400, 'too-much')).toBe('refundTooMuch')
    expect(refundAnswerText(400, 'nothing-left')).toBe('refundNotPaid')
    expect(refundAnswerText(400, undefined)).toBe('refundBadAmount')
    expect(refundAnswerText(409, 'in-progress')).toBe('refundInProgress')
    expect(refundAnswerText(409, 'p24-rejected')).toBe('refundRejected')
    expect(refundAnswerText(502, 'p24-unavailable')).toBe('refundUnavailable')
    expect(refundAnswerText(500, undefined)).toBe('refundFailed')
  })
})
