/** The terms of service in both languages (rich text), side by side in a scrolling box. */
import { RichText } from '@payloadcms/richtext-lexical/react'

import { isLexicalState } from '../termsContent'

export type TermsContent = { version: string; contentPl: unknown; contentEn: unknown }

/** One language's terms: the rich text as HTML elements (headings, lists, links), never the raw JSON. */
export function TermsBody({ content }: { content: unknown }) {
  if (isLexicalState(content)) return <RichText data={content as never} disableContainer />
  return <div style={{ whiteSpace: 'pre-wrap' }}>{typeof content === 'string' ? content : ''}</div>
}

export function TermsText({ terms }: { terms: TermsContent }) {
  const box = { maxHeight: '16rem', overflow: 'auto', border: '1px solid #ccc', padding: '0.75rem', marginBottom: '0.75rem' }
  return (
    <div>
      <h3 lang="pl">Regulamin (wersja {terms.version})</h3>
      <div lang="pl" style={box} data-testid="terms-pl" tabIndex={0} aria-label="Regulamin">
        <TermsBody content={terms.contentPl} />
      </div>
      <h3 lang="en">Terms of service (version {terms.version})</h3>
      <div lang="en" style={box} data-testid="terms-en" tabIndex={0} aria-label="Terms of service">
        <TermsBody content={terms.contentEn} />
      </div>
    </div>
  )
}

/** Reads `{ errors: [{ message }] }` from a failed answer. */
export const errorMessage = async (response: Response): Promise<string> => {
  try {
    const body = (await response.json()) as { errors?: { message?: string }[] }
    return body.errors?.[0]?.message ?? `Error ${response.status}`
  } catch {
    return `Error ${response.status}`
  }
}
