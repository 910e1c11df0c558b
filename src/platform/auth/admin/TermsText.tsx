/** The terms of service in both languages, side by side in a scrolling box. */
export type TermsContent = { version: string; contentPl: string; contentEn: string }

export function TermsText({ terms }: { terms: TermsContent }) {
  const box = { maxHeight: '16rem', overflow: 'auto', border: '1px solid #ccc', padding: '0.75rem', whiteSpace: 'pre-wrap' as const, marginBottom: '0.75rem' }
  return (
    <div>
      <h3 lang="pl">Regulamin (wersja {terms.version})</h3>
      <div lang="pl" style={box} data-testid="terms-pl">
        {terms.contentPl}
      </div>
      <h3 lang="en">Terms of service (version {terms.version})</h3>
      <div lang="en" style={box} data-testid="terms-en">
        {terms.contentEn}
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
