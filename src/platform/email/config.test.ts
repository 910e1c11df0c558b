import { parseAddress, readEmailSettings } from './config'

describe('email settings', () => {
  it('parses named and bare addresses', () => {
    expect(parseAddress('Platforma <no-reply@localhost>')).toEqual({ name: 'Platforma', address: 'no-reply@localhost' })
    expect(parseAddress('"Anna K." <anna@example.test>')).toEqual({ name: 'Anna K.', address: 'anna@example.test' })
    expect(parseAddress(' bare@example.test ')).toEqual({ name: '', address: 'bare@example.test' })
    expect(() => parseAddress('not an address')).toThrow('is not an email address')
  })

  it('defaults to the dev mailbox and the platform sender', () => {
    expect(readEmailSettings({})).toEqual({ smtpURL: undefined, from: { name: 'Platforma', address: 'no-reply@localhost' }, replyTo: undefined })
    expect(readEmailSettings({ SMTP_URL: 'smtp://u:p@mail:587', EMAIL_FROM: 'x@y.test', EMAIL_REPLY_TO: 'help@y.test' })).toEqual({
      smtpURL: 'smtp://u:p@mail:587',
      from: { name: '', address: 'x@y.test' },
      replyTo: 'help@y.test',
    })
  })
})
