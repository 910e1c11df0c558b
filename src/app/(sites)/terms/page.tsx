/** /terms: the terms of service in force, for anyone (rich text; Polish, or English with ?lang=en). */
import type { Metadata } from 'next'

import config from '@payload-config'
import { createLocalReq, getPayload } from 'payload'

import { TermsBody } from '../../../platform/auth/admin/TermsText'
import { currentTerms } from '../../../platform/auth/terms'
import { formatDate, langOf } from '../../../platform/i18n/format'

export const dynamic = 'force-dynamic'

type Props = { searchParams: Promise<{ lang?: string }> }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return { title: langOf((await searchParams).lang) === 'en' ? 'Terms of service · Platforma' : 'Regulamin · Platforma' }
}

export default async function TermsPage({ searchParams }: Props) {
  const lang = langOf((await searchParams).lang)
  const payload = await getPayload({ config })
  const terms = await currentTerms(await createLocalReq({}, payload))
  const pl = lang === 'pl'
  return (
    <main lang={lang} style={{ maxWidth: 760, margin: '3rem auto', padding: '0 1rem', lineHeight: 1.6 }}>
      <p>
        {pl ? (
          <a href="/terms?lang=en" lang="en" hrefLang="en">
            English version
          </a>
        ) : (
          <a href="/terms" lang="pl" hrefLang="pl">
            Wersja polska
          </a>
        )}
      </p>
      <h1>{pl ? 'Regulamin' : 'Terms of service'}</h1>
      {terms ? (
        <>
          <p data-testid="terms-version">
            {pl
              ? `Wersja ${terms.version}, obowiązuje od ${formatDate(terms.effectiveDate, 'pl')}.`
              : `Version ${terms.version}, in force from ${formatDate(terms.effectiveDate, 'en')}.`}
          </p>
          <article data-testid="terms-content">
            <TermsBody content={pl ? terms.contentPl : terms.contentEn} />
          </article>
        </>
      ) : (
        <p>{pl ? 'Regulamin nie został jeszcze opublikowany.' : 'No terms of service have been published yet.'}</p>
      )}
    </main>
  )
}
