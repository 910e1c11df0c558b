/**
 * An event's page inside the site (the site page `events/:slug`): image, title, dates, place (the address, or
 * "Online"), price with the early bird, seats left, "Add to calendar" (the ICS download), the description, and
 * the registration form while registering is open (a clear line instead once cancelled, started or over).
 */
import type { ResolvedImage, SitePageProps } from '@platform'
import { SiteImage } from '@platform'
import { langOf } from '@platform/format'
import type { Question } from '../lib/details'
import { hasStarted, toPublicEvent, type StoredEvent } from './publicEvent'
import { FORM_STYLE, RegistrationForm } from './RegistrationForm'
import { PAGE_TEXTS, seatsLeftText } from './texts'

export type EventPageData = {
  event: StoredEvent & { publishedAt?: string | null }
  descriptionHtml: string
  descriptionText: string
  questions: Question[]
  image?: ResolvedImage
  /** When the data was read: the page's facts (price in force, open or closed) hold for that moment. */
  now: string
}

/** The calendar file of an event (the same UID for its whole life). */
export const icsPath = (eventId: number | string) => `/api/public/big-events/${encodeURIComponent(String(eventId))}/ics`

const STYLE = `.be-event{padding-block:2.5rem 4rem}.be-event h1{margin-bottom:.75rem}
.be-event__image{border-radius:1rem;width:100%;max-height:28rem;object-fit:cover;margin-bottom:1.5rem}
.be-layout{display:grid;gap:2rem}@media (min-width:56rem){.be-layout{grid-template-columns:minmax(0,3fr) minmax(0,2fr);align-items:start}.be-layout>aside{order:2}}
@media (min-width:56rem){.be-layout.be-layout--facts{grid-template-columns:minmax(0,1fr)}.be-layout--facts .be-facts{grid-template-columns:repeat(auto-fit,minmax(13rem,1fr))}}
.be-facts{margin:0 0 1.25rem;display:grid;gap:.75rem}.be-facts div{display:grid;gap:.1rem}
.be-facts dt{font-size:.85rem;text-transform:uppercase;letter-spacing:.04em;opacity:.8}.be-facts dd{margin:0;font-weight:600}
.be-price{color:var(--color-primary);font-size:1.2rem}.be-early{font-weight:400;font-size:.95rem;display:block}
.be-notice{font-weight:700;font-size:1.1rem;padding:1rem 1.25rem;border-left:4px solid #b91c1c;background:color-mix(in srgb,#b91c1c 6%,transparent)}
.be-ics{background:transparent;color:var(--color-primary);border:2px solid var(--color-primary)}
.be-description{max-width:70ch;overflow-wrap:anywhere}.be-description img{display:none}
.be-register{margin-top:2.5rem}`

/** The line shown instead of the form, or undefined while registering is open. */
export const closedLine = (event: StoredEvent, now: Date, lang: 'pl' | 'en'): string | undefined => {
  const texts = PAGE_TEXTS[lang]
  if (event.status === 'cancelled') return texts.cancelled
  if (Date.parse(event.endDate) <= now.getTime()) return texts.past
  if (hasStarted(event, now)) return texts.started
  return undefined
}

export function EventPage({ data, locale, url }: SitePageProps<EventPageData>) {
  const lang = langOf(locale)
  const texts = PAGE_TEXTS[lang]
  const now = new Date(data.now)
  const event = toPublicEvent(data.event, { now, lang, url })
  const closed = closedLine(data.event, now, lang)
  // Without a description the facts take the whole width (no empty column beside them).
  const hasDescription = Boolean(data.descriptionHtml.trim())
  return (
    <article className="be-event">
      <style>{STYLE + FORM_STYLE}</style>
      <div className="wrap">
        {data.image ? (
          <SiteImage image={data.image} imageRef={undefined} locale={locale} sizes="(min-width: 72rem) 70rem, 100vw" className="be-event__image" eager />
        ) : null}
        <h1>{event.title}</h1>
        {closed ? (
          <p className="be-notice" role="status">
            {closed}
          </p>
        ) : null}
        <div className={hasDescription ? 'be-layout' : 'be-layout be-layout--facts'}>
          <aside aria-label={texts.details}>
            <dl className="be-facts">
              <div>
                <dt>{texts.when}</dt>
                <dd>
                  <time dateTime={event.startDate}>{event.when}</time>
                </dd>
              </div>
              <div>
                <dt>{texts.where}</dt>
                <dd>{event.locationKind === 'online' ? texts.online : event.place}</dd>
              </div>
              <div>
                <dt>{texts.price}</dt>
                <dd>
                  <span className="be-price">{event.price.text}</span>
                  {event.earlyBird ? (
                    <span className="be-early">{texts.earlyBird(event.earlyBird.text, event.earlyBird.endsAtText, event.earlyBird.regularText)}</span>
                  ) : null}
                </dd>
              </div>
              {closed ? null : (
                <div>
                  <dt>{texts.seats}</dt>
                  <dd>{seatsLeftText(event.seatsLeft, lang)}</dd>
                </div>
              )}
            </dl>
            {data.event.status === 'cancelled' ? null : (
              <p>
                <a className="button be-ics" href={icsPath(data.event.id)} download={`${event.slug || 'wydarzenie'}.ics`}>
                  {texts.addToCalendar}
                </a>
              </p>
            )}
          </aside>
          {hasDescription ? (
            <div>
              <div className="be-description" dangerouslySetInnerHTML={{ __html: data.descriptionHtml }} />
            </div>
          ) : null}
        </div>
        {closed ? null : (
          <RegistrationForm
            eventId={data.event.id}
            questions={data.questions}
            locale={lang}
            full={event.availability === 'waitlist'}
            priceText={event.price.text}
            isFree={event.price.isFree}
          />
        )}
      </div>
    </article>
  )
}
