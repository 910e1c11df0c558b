/** A PDF's text as a reader (pdf.js through pdf-parse) extracts it, non-breaking spaces as plain ones. */
import { PDFParse } from 'pdf-parse'

/**
 * pdf.js refuses to run when Array.prototype has enumerable additions; drizzle-kit (loaded with the platform for
 * its schema push) adds `random` that way. Made non-enumerable here, in the test process only; the value stays.
 */
const hideArrayAdditions = () => {
  for (const key in Array.prototype) Object.defineProperty(Array.prototype, key, { enumerable: false })
}

export const pdfText = async (pdf: Buffer | Uint8Array): Promise<string> => {
  hideArrayAdditions()
  const parser = new PDFParse({ data: new Uint8Array(pdf) })
  try {
    return (await parser.getText()).text.replace(/\u00a0|\u202f/g, ' ')
  } finally {
    await parser.destroy()
  }
}
