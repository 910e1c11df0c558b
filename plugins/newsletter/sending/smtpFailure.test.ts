import { classifySmtpFailure } from './smtpFailure'

describe('classifySmtpFailure', () => {
  it('calls a 5xx answer to RCPT TO a hard bounce', () => {
    expect(classifySmtpFailure({ responseCode: 550, command: 'RCPT TO', code: 'EENVELOPE', response: '550 5.1.1 No such user' })).toEqual({
      kind: 'hard',
      code: 550,
      message: '550 5.1.1 No such user',
    })
  })

  it('calls another 5xx a permanent failure of this message only', () => {
    expect(classifySmtpFailure({ responseCode: 554, command: 'DATA', code: 'EMESSAGE', response: '554 rejected' }).kind).toBe('permanent')
  })

  it('calls a 4xx or no answer temporary', () => {
    expect(classifySmtpFailure({ responseCode: 451, command: 'DATA', response: '451 busy' }).kind).toBe('temporary')
    expect(classifySmtpFailure({ responseCode: 452, command: 'RCPT TO', code: 'EENVELOPE' }).kind).toBe('temporary')
    expect(classifySmtpFailure(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ESOCKET' }))).toMatchObject({ kind: 'temporary', code: undefined })
    expect(classifySmtpFailure(undefined).kind).toBe('temporary')
  })
})
