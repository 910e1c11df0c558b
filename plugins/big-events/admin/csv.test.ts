import { parse } from 'csv-parse/sync'

import { attendeesCsv, neutralizeFormula } from './csv'

const details = {
  questions: [
    {
      id: 'q-diet',
      label: { pl: 'Dieta', en: 'Diet' },
      type: 'select',
      required: true,
      options: [
        { pl: 'Wegańska', en: 'Vegan' },
        { pl: 'Zwykła', en: 'Regular' },
      ],
    },
    { id: 'q-note', label: { pl: 'Uwagi, pytania', en: 'Notes' }, type: 'textarea', required: false },
    { id: 'q-photo', label: { pl: 'Zgoda na zdjęcia', en: 'Photos allowed' }, type: 'checkbox', required: false },
  ],
}

const records = [
  {
    id: 1,
    name: 'Zażółć Gęślą',
    email: 'z@example.com',
    status: 'confirmed',
    amount: 45000,
    paymentId: 7,
    answers: { 'q-diet': 'Wegańska', 'q-note': 'Ma "alergię", i\nkaszel', 'q-photo': true },
    checkedInAt: '2026-12-05T09:05:00.000Z',
    createdAt: '2026-11-30T13:42:00.000Z',
  },
  { id: 2, name: '=HYPERLINK("http://evil")', email: 'e@example.com', status: 'waitlisted', answers: { 'q-note': '+48 600', 'q-diet': 'Regular' } },
]

it('has a BOM, a PL header with the questions by label, and the answers by label under them', () => {
  const csv = attendeesCsv(records, details, 'pl')
  expect(csv.startsWith('\uFEFF')).toBe(true)
  expect(csv).toContain('\r\n')
  const [header, first, second] = parse(csv.slice(1)) as string[][]
  expect(header).toEqual(['Imię i nazwisko', 'E-mail', 'Status', 'Zapłacono', 'Zapis', 'Obecność', 'Dieta', 'Uwagi, pytania', 'Zgoda na zdjęcia'])
  expect(first).toEqual([
    'Zażółć Gęślą',
    'z@example.com',
    'Miejsce potwierdzone',
    '450,00\u00a0zł',
    '30 listopada 2026, 14:42',
    '5 grudnia 2026, 10:05',
    'Wegańska',
    'Ma "alergię", i\nkaszel',
    'Tak',
  ])
  expect(second.slice(0, 4)).toEqual(['\'=HYPERLINK("http://evil")', 'e@example.com', 'Na liście rezerwowej', 'Bezpłatnie'])
  expect(second.slice(6)).toEqual(['Zwykła', "'+48 600", ''])
})

it('has an EN header and English labels by the admin language', () => {
  const [header, first] = parse(attendeesCsv(records, details, 'en').slice(1)) as string[][]
  expect(header).toEqual(['Name', 'Email', 'Status', 'Paid', 'Registered', 'Checked in', 'Diet', 'Notes', 'Photos allowed'])
  expect(first[2]).toBe('Confirmed')
  expect(first[6]).toBe('Vegan')
  expect(first[8]).toBe('Yes')
})

it('defuses every formula start', () => {
  for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(neutralizeFormula(`${start}1+1`)).toBe(`'${start}1+1`)
  expect(neutralizeFormula('Anna')).toBe('Anna')
  expect(neutralizeFormula('')).toBe('')
})
