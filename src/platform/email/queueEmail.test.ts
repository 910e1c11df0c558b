import { checkEmail, checkHeaders, MAX_HEADER_LENGTH, type QueuedEmail } from './queueEmail'

const email = (headers: Record<string, string>): QueuedEmail => ({ to: 'a@example.com', template: 'welcome', locale: 'pl', data: {}, headers })

describe('queued email headers', () => {
  it('keeps allow-listed list headers, with their canonical names', () => {
    expect(
      checkHeaders({
        'list-unsubscribe': '<https://example.com/u?token=abc>, <mailto:unsubscribe@example.com?subject=unsubscribe>',
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      }),
    ).toEqual({
      'List-Unsubscribe': '<https://example.com/u?token=abc>, <mailto:unsubscribe@example.com?subject=unsubscribe>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    })
    expect(checkHeaders(undefined)).toBeUndefined()
  })

  it('refuses headers outside the list, so no caller sets From, Bcc or the Message-ID', () => {
    for (const name of ['Bcc', 'From', 'Message-ID', 'Auto-Submitted', 'X-Anything'])
      expect(() => checkEmail(email({ [name]: 'x' }))).toThrow(`the header "${name}" may not be set`)
  })

  it('refuses CR, LF and other control characters, empty and overlong values (no header injection)', () => {
    for (const value of ['<https://a>\r\nBcc: victim@example.com', 'a\nb', 'a\u0000b', '   ', 'x'.repeat(MAX_HEADER_LENGTH + 1)])
      expect(() => checkEmail(email({ 'List-Unsubscribe': value }))).toThrow('must be one line of text')
    expect(() => checkHeaders({ 'List-Id': 'a', 'list-id': 'b' })).toThrow('given twice')
    expect(() => checkHeaders([] as unknown as Record<string, string>)).toThrow('headers must be an object')
  })
})
