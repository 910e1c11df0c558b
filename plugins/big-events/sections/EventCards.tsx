/**
 * The events section's markup (static HTML, no script): one card per upcoming event with its image, title,
 * dates, place, price (the early bird with its end), seats left and a link to the event page.
 */
import type { ResolvedImage } from '@platform'
import { SiteImage } from '@platform'
import type { Lang } from '@platform/format'
import { toPublicEvent, type StoredEvent } from '../public/publicEvent'
import { PAGE_TEXTS, SECTION_TEXTS, seatsLeftText } from '../public/texts'

export type EventsData = { events: StoredEvent[]; images: Record<string, ResolvedImage>; now: string }

const STYLE = `.be-cards{list-style:none;padding:0;margin:1.5rem 0 0;display:grid;gap:1.25rem;grid-template-columns:repeat(auto-fill,minmax(min(100%,18rem),1fr))}
.be-card{display:flex;flex-direction:column;gap:.5rem;padding:0;overflow:hidden}
.be-card img{width:100%;aspect-ratio:16/9;object-fit:cover}
.be-card__body{display:flex;flex-direction:column;gap:.35rem;padding:1.25rem 1.5rem 1.5rem;flex:1}
.be-card h3{margin:0}.be-card h3 a{color:inherit;text-decoration:none}.be-card h3 a:hover{text-decoration:underline}
.be-card p{margin:0}.be-card__when{font-weight:600}.be-card__price{font-weight:700;color:var(--color-primary)}
.be-card__early{font-size:.95rem}.be-card__seats{font-size:.95rem}.be-card__seats--full{font-weight:600}
.be-card__more{margin-top:auto!important;padding-top:.5rem}`

export function EventCards({
  heading,
  intro,
  data,
  lang,
  Heading,
  eventPath,
}: {
  heading: string
  intro?: string
  data: EventsData
  lang: Lang
  Heading: 'h1' | 'h2'
  eventPath: (slug: string) => string
}) {
  const now = new Date(data.now)
  const texts = { ...SECTION_TEXTS[lang], ...PAGE_TEXTS[lang] }
  const Sub = Heading === 'h1' ? 'h2' : 'h3'
  return (
    <div className="be-section">
      <style>{STYLE}</style>
      <Heading>{heading}</Heading>
      {intro ? <p className="intro">{intro}</p> : null}
      <ul className="be-cards" aria-label={texts.list}>
        {data.events.map((stored) => {
          const href = eventPath(stored.slug ?? '')
          const event = toPublicEvent(stored, { now, lang, url: href })
          const image = typeof stored.image === 'number' || typeof stored.image === 'string' ? data.images[String(stored.image)] : undefined
          return (
            <li key={String(stored.id)} className="card be-card">
              {image ? <SiteImage image={image} imageRef={undefined} locale={lang} sizes="(min-width: 60rem) 22rem, 100vw" /> : null}
              <div className="be-card__body">
                <Sub>
                  <a href={href}>{event.title}</a>
                </Sub>
                <p className="be-card__when">
                  <time dateTime={event.startDate}>{event.when}</time>
                </p>
                <p className="be-card__place">{event.place}</p>
                <p className="be-card__price">{event.price.text}</p>
                {event.earlyBird ? (
                  <p className="be-card__early">
                    {texts.earlyBirdShort(event.earlyBird.endsAtText)} · {texts.regularPrice(event.earlyBird.regularText)}
                  </p>
                ) : null}
                <p className={`be-card__seats${event.availability === 'waitlist' ? ' be-card__seats--full' : ''}`}>{seatsLeftText(event.seatsLeft, lang)}</p>
                <p className="be-card__more">
                  <a className="button" href={href} aria-label={texts.moreAbout(event.title)}>
                    {texts.details}
                  </a>
                </p>
              </div>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
