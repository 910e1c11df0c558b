/**
 * The core stand-in for sections a plugin renders (booking, testimonials,
 * newsletter, big events): the heading and the intro only, never made-up data.
 * The plugin's own renderer replaces it.
 */
import type { SectionProps } from '../types'

import { tx } from '../text'
import { Heading } from './Heading'

export function FallbackSection({ section, locale, headingLevel }: SectionProps) {
  const { heading, intro } = section as { heading?: unknown; intro?: unknown }
  return (
    <>
      <Heading level={headingLevel}>{tx(heading, locale)}</Heading>
      {intro ? <p className="intro">{tx(intro, locale)}</p> : null}
    </>
  )
}
