import { pdfText } from '../test/pdfText'
import { DEMO_SELLER, readSeller } from './seller'
import { receiptFilename, renderReceiptPdf, type ReceiptData } from './renderReceiptPdf'

const seller = readSeller({
  SELLER_NAME: 'Żółta Łódź sp. z o.o.',
  SELLER_ADDRESS: 'ul. Źródlana 5, 30-001 Kraków',
  SELLER_TAX_ID: '6762469785',
  SELLER_EMAIL: 'faktury@example.com',
})

const receipt = (over: Partial<ReceiptData> = {}): ReceiptData => ({
  number: 'R/2026/000123',
  lang: 'pl',
  paidAt: '2026-11-30T10:00:00Z',
  seller,
  buyer: { email: 'anna@example.com', name: 'Anna Gęślińska' },
  lines: [{ description: 'Plan Pro — 1 miesiąc', amount: 2900 }],
  currency: 'PLN',
  p24OrderId: 314159,
  ...over,
})

const textOf = pdfText

describe('renderReceiptPdf', () => {
  it('writes a Polish receipt with its number, dates, parties, the line, the total and the P24 order id', async () => {
    const pdf = await renderReceiptPdf(receipt())
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    const text = await textOf(pdf)
    for (const expected of [
      'Potwierdzenie zapłaty',
      'Numer: R/2026/000123',
      'Data wystawienia: 30 listopada 2026',
      'Żółta Łódź sp. z o.o.',
      'ul. Źródlana 5, 30-001 Kraków',
      'NIP: 6762469785',
      'Anna Gęślińska',
      'anna@example.com',
      'Plan Pro — 1 miesiąc',
      '29,00 zł',
      'Razem',
      'Przelewy24',
      '314159',
    ])
      expect(text).toContain(expected)
    expect(text).not.toContain('DEMO')
  })

  it('writes an English receipt and sums several lines', async () => {
    const text = await textOf(
      await renderReceiptPdf(
        receipt({
          lang: 'en',
          buyer: { email: 'ben@example.com' },
          lines: [
            { description: 'Workshop ticket', amount: 15000 },
            { description: 'Materials', amount: 2550 },
          ],
        }),
      ),
    )
    for (const expected of ['Payment receipt', 'Number: R/2026/000123', 'Issue date: 30 November 2026', 'PLN 150.00', 'PLN 25.50', 'Total', 'PLN 175.50'])
      expect(text).toContain(expected)
  })

  it('marks a receipt from an unconfigured seller as a demo', async () => {
    const text = await textOf(await renderReceiptPdf(receipt({ seller: DEMO_SELLER })))
    expect(text).toContain('DOKUMENT DEMONSTRACYJNY')
  })

  it('names the download after the number', () => {
    expect(receiptFilename('R/2026/000123')).toBe('receipt-R-2026-000123.pdf')
  })
})
