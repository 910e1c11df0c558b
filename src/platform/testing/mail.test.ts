import type { ReceivedMail, SmtpListener } from './smtp'

import mimeFuncs from 'nodemailer/lib/mime-funcs/index.js'

import { decodeSubject, delivered, mailsTo, onServer } from './mail'

describe('decodeSubject', () => {
  it('reads the words nodemailer writes, Q and B, folded into several words', () => {
    const subject = 'Potwierdź adres e-mail – Twoja opinia na stronie Gabinet Anny Żółkiewskiej (5/5) 😊'
    for (const encoding of ['Q', 'B'] as const) {
      const encoded = mimeFuncs.encodeWords(subject, encoding, 20)
      expect(encoded).toMatch(new RegExp(`=\\?UTF-8\\?${encoding}\\?[^?]+\\?= =\\?UTF-8`))
      expect(decodeSubject(encoded)).toBe(subject)
    }
  })

  it("joins a character's bytes split over two words", () => {
    expect(decodeSubject('=?UTF-8?Q?Potwierd=C5?= =?UTF-8?Q?=BA_zapis?=')).toBe('Potwierdź zapis')
    expect(decodeSubject('=?UTF-8?B?xQ==?=\r\n =?UTF-8?B?ug==?=')).toBe('ź')
  })

  it('keeps plain text and the spaces around encoded words', () => {
    expect(decodeSubject('Nowa opinia: =?UTF-8?Q?Ma=C5=82gorzata?= (5/5)')).toBe('Nowa opinia: Małgorzata (5/5)')
    expect(decodeSubject('Plain ASCII subject')).toBe('Plain ASCII subject')
  })
})

describe('mailsTo and delivered', () => {
  const mail = (to: string, subject: string, accepted = true): ReceivedMail => ({ raw: '', headers: { to, subject }, accepted })
  const smtp = {
    received: [
      mail('ala@example.test', '=?UTF-8?Q?Potwierd=C5=BA_zapis?='),
      mail('ala@example.test', 'Welcome', false),
      mail('ala@example.test', 'Welcome'),
      mail('ola@example.test', 'Welcome'),
    ],
  } as unknown as SmtpListener

  it('lists the accepted messages to an address, by decoded subject when asked', async () => {
    expect(mailsTo(smtp, 'ala@example.test').map((found) => found.headers.subject)).toEqual(['=?UTF-8?Q?Potwierd=C5=BA_zapis?=', 'Welcome'])
    expect(mailsTo(smtp, 'ala@example.test', /Potwierdź zapis/)).toHaveLength(1)
    expect(await delivered(smtp, 'ala@example.test', undefined, 2)).toBe(smtp.received[2])
    expect(await delivered(smtp, 'ola@example.test', /Welcome/)).toBe(smtp.received[3])
  })
})

describe('onServer', () => {
  it('moves an emailed link, or a relative one, onto the test server, keeping path and query', () => {
    expect(onServer('http://127.0.0.1:4000', 'https://platforma.example/api/public/newsletter/confirm?token=abc')).toBe(
      'http://127.0.0.1:4000/api/public/newsletter/confirm?token=abc',
    )
    expect(onServer('http://127.0.0.1:4000', '/api/x/thanks?lang=en')).toBe('http://127.0.0.1:4000/api/x/thanks?lang=en')
  })
})
