import { confirmUrl, listUnsubscribeHeaders, preferencesUrl, unsubscribeUrl } from './links'

describe('subscriber links', () => {
  it('puts the token in the query of each public path', () => {
    expect(confirmUrl('https://platforma.pl/', 'abc_-1')).toBe('https://platforma.pl/api/public/newsletter/confirm?token=abc_-1')
    expect(preferencesUrl('https://platforma.pl', 'abc')).toBe('https://platforma.pl/api/public/newsletter/preferences?token=abc')
    expect(unsubscribeUrl('https://platforma.pl', 'a b')).toBe('https://platforma.pl/api/public/newsletter/unsubscribe?token=a%20b')
  })

  it('makes the RFC 8058 headers: an https link first, then a mailto, and the one-click marker', () => {
    expect(listUnsubscribeHeaders({ serverURL: 'https://platforma.pl', token: 'tok', mailbox: 'wypisz@platforma.pl' })).toEqual({
      'List-Unsubscribe': '<https://platforma.pl/api/public/newsletter/unsubscribe?token=tok>, <mailto:wypisz@platforma.pl?subject=unsubscribe%20tok>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    })
  })
})
