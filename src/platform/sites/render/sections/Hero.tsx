import type { SectionProps } from '../types'

import { Img } from '../Img'
import { tx } from '../text'
import { Heading } from './Heading'

type Hero = { heading?: unknown; subheading?: unknown; image?: unknown; cta?: { label?: unknown; href?: string } }

export function HeroSection({ section, locale, headingLevel, image }: SectionProps) {
  const hero = section as Hero
  const picture = image(hero.image)
  return (
    <div className={picture ? 'hero hero--image' : 'hero'}>
      <div className="hero__text">
        <Heading level={headingLevel}>{tx(hero.heading, locale)}</Heading>
        {hero.subheading ? <p className="hero__lead">{tx(hero.subheading, locale)}</p> : null}
        {hero.cta?.href ? (
          <p>
            <a className="button" href={hero.cta.href} {...(/^https?:/.test(hero.cta.href) ? { rel: 'noopener' } : {})}>
              {tx(hero.cta.label, locale)}
            </a>
          </p>
        ) : null}
      </div>
      {picture ? <Img className="hero__image" image={picture} imageRef={hero.image} locale={locale} sizes="(min-width: 900px) 50vw, 100vw" eager /> : null}
    </div>
  )
}
