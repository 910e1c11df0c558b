import type { SectionProps } from '../types'

import { Img } from '../Img'
import { paragraphs, tx } from '../text'
import { Heading } from './Heading'

type About = { heading?: unknown; body?: unknown; image?: unknown }

export function AboutSection({ section, locale, headingLevel, image }: SectionProps) {
  const about = section as About
  const picture = image(about.image)
  return (
    <div className={picture ? 'split' : undefined}>
      <div>
        <Heading level={headingLevel}>{tx(about.heading, locale)}</Heading>
        {paragraphs(tx(about.body, locale)).map((text, index) => (
          <p key={index}>{text}</p>
        ))}
      </div>
      {picture ? <Img className="rounded" image={picture} imageRef={about.image} locale={locale} sizes="(min-width: 900px) 40vw, 100vw" /> : null}
    </div>
  )
}
