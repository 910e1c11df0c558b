import type { SectionProps } from '../types'

import { Img } from '../Img'
import { tx } from '../text'
import { Heading } from './Heading'

type Services = { heading?: unknown; intro?: unknown; items?: { title?: unknown; description?: unknown; price?: unknown; image?: unknown }[] }

export function ServicesSection({ section, locale, headingLevel, image }: SectionProps) {
  const services = section as Services
  return (
    <>
      <Heading level={headingLevel}>{tx(services.heading, locale)}</Heading>
      {services.intro ? <p className="intro">{tx(services.intro, locale)}</p> : null}
      <ul className="cards">
        {(services.items ?? []).map((item, index) => (
          <li className="card" key={index}>
            <Img className="card__image" image={image(item.image)} imageRef={item.image} locale={locale} sizes="(min-width: 900px) 30vw, 100vw" />
            <h3>{tx(item.title, locale)}</h3>
            <p>{tx(item.description, locale)}</p>
            {item.price ? <p className="card__price">{tx(item.price, locale)}</p> : null}
          </li>
        ))}
      </ul>
    </>
  )
}
