/**
 * A payment's receipt as a PDF (pdfkit), in the payer's language. Pure apart from reading the font files: the
 * caller gathers the data (loadReceipt.ts). DejaVu Sans (a TTF from npm) carries the Polish letters that PDF's
 * built-in Helvetica cannot; pdfkit embeds only the glyphs used, so a receipt stays a few dozen kB.
 */
import PDFDocument from 'pdfkit'
import path from 'node:path'

import { projectRoot } from '@platform'
import { formatDate, formatMoney, type Lang } from '@platform/format'
import type { Seller } from './seller'

export type ReceiptData = {
  /** `R/2026/000123`. */
  number: string
  lang: Lang
  /** The day the payment was paid; the receipt's issue and sale date. */
  paidAt: Date | string
  seller: Seller
  buyer: { email: string; name?: string | null }
  lines: { description: string; amount: number }[]
  currency: string
  p24OrderId?: number | null
}

const FONTS = path.join(projectRoot, 'node_modules', 'dejavu-fonts-ttf', 'ttf')
const REGULAR = path.join(FONTS, 'DejaVuSans.ttf')
const BOLD = path.join(FONTS, 'DejaVuSans-Bold.ttf')

const TEXT = {
  pl: {
    title: 'Potwierdzenie zapłaty',
    number: 'Numer',
    issued: 'Data wystawienia',
    paid: 'Data zapłaty',
    seller: 'Sprzedawca',
    buyer: 'Nabywca',
    taxId: 'NIP',
    item: 'Opis',
    amount: 'Kwota',
    total: 'Razem',
    currency: 'Waluta',
    method: 'Forma płatności',
    orderId: 'Numer transakcji Przelewy24',
    demo: 'DOKUMENT DEMONSTRACYJNY – sprzedawca nie jest skonfigurowany (SELLER_*).',
  },
  en: {
    title: 'Payment receipt',
    number: 'Number',
    issued: 'Issue date',
    paid: 'Payment date',
    seller: 'Seller',
    buyer: 'Buyer',
    taxId: 'Tax ID (NIP)',
    item: 'Description',
    amount: 'Amount',
    total: 'Total',
    currency: 'Currency',
    method: 'Payment method',
    orderId: 'Przelewy24 transaction number',
    demo: 'DEMO DOCUMENT – the seller is not configured (SELLER_*).',
  },
} as const

/** `receipt-R-2026-000123.pdf`: the download's file name. */
export const receiptFilename = (number: string): string => `receipt-${number.replace(/[^A-Za-z0-9-]+/g, '-')}.pdf`

export const renderReceiptPdf = (data: ReceiptData): Promise<Buffer> => {
  const text = TEXT[data.lang]
  const date = formatDate(data.paidAt, data.lang)
  const total = data.lines.reduce((sum, line) => sum + line.amount, 0)
  const money = (grosze: number) => formatMoney(grosze, data.lang, data.currency)
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    font: REGULAR,
    info: { Title: `${text.title} ${data.number}`, Author: data.seller.name, Subject: text.title },
  })
  doc.registerFont('regular', REGULAR)
  doc.registerFont('bold', BOLD)
  const chunks: Buffer[] = []
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })

  const left = doc.page.margins.left
  const width = doc.page.width - left - doc.page.margins.right
  const label = (value: string) => doc.font('bold').fontSize(10).text(value)
  const body = (value: string) => doc.font('regular').fontSize(10).text(value)

  if (data.seller.isDemo) doc.font('bold').fontSize(9).fillColor('#b91c1c').text(text.demo).fillColor('black').moveDown()
  doc.font('bold').fontSize(18).text(text.title)
  doc.font('regular').fontSize(11).text(`${text.number}: ${data.number}`)
  doc.text(`${text.issued}: ${date}`)
  doc.text(`${text.paid}: ${date}`)
  doc.moveDown()

  const top = doc.y
  const column = width / 2 - 10
  doc.font('bold').fontSize(10).text(text.seller, left, top, { width: column })
  doc.font('regular').text([data.seller.name, data.seller.address, `${text.taxId}: ${data.seller.taxId}`, data.seller.email].filter(Boolean).join('\n'), {
    width: column,
  })
  const sellerBottom = doc.y
  doc.font('bold').text(text.buyer, left + width / 2 + 10, top, { width: column })
  doc.font('regular').text([data.buyer.name, data.buyer.email].filter(Boolean).join('\n'), { width: column })
  doc.x = left
  doc.y = Math.max(sellerBottom, doc.y)
  doc.moveDown(1.5)

  const amountX = left + width - 120
  const row = (description: string, amount: string, font: 'regular' | 'bold') => {
    const y = doc.y
    doc
      .font(font)
      .fontSize(10)
      .text(description, left, y, { width: width - 130 })
    const after = doc.y
    doc.text(amount, amountX, y, { width: 120, align: 'right' })
    doc.x = left
    doc.y = Math.max(after, doc.y) + 4
  }
  row(text.item, text.amount, 'bold')
  doc
    .moveTo(left, doc.y)
    .lineTo(left + width, doc.y)
    .stroke()
  doc.y += 4
  for (const line of data.lines) row(line.description, money(line.amount), 'regular')
  doc
    .moveTo(left, doc.y)
    .lineTo(left + width, doc.y)
    .stroke()
  doc.y += 4
  row(text.total, money(total), 'bold')
  doc.moveDown()

  label(text.currency)
  body(data.currency)
  label(text.method)
  body('Przelewy24')
  if (data.p24OrderId) {
    label(text.orderId)
    body(String(data.p24OrderId))
  }
  doc.end()
  return done
}
