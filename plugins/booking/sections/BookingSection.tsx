/**
 * The booking section's server markup (rendered with renderToStaticMarkup by
 * the public-site renderer): a heading, an intro, and a fallback for
 * browsers without JavaScript. bookingWidget.client.ts mounts the
 * interactive widget into it. A plain `div`: the renderer already wraps every
 * section in its own `<section>` with the site's spacing (a second section
 * inside doubled the padding and the landmark).
 */
import { widgetLocale } from './widgetLogic'

export type BookingSectionConfig = {
  heading?: string
  intro?: string
  /** Weeks the day picker shows at a time (1–8). */
  weeks?: number
  /** The consent sentence beside the checkbox (default: a short data-processing consent). */
  consentText?: string
}

export type SectionContext = { identifier: string; locale?: string; headingLevel?: 'h1' | 'h2' }

const DEFAULTS = {
  pl: {
    heading: 'Zarezerwuj termin',
    intro: 'Wybierz usługę, a potem dzień i godzinę, które Ci pasują.',
    noscript: 'Rezerwacja online wymaga włączonej obsługi JavaScriptu. Włącz ją albo skontaktuj się z nami bezpośrednio.',
  },
  en: {
    heading: 'Book a session',
    intro: 'Choose a service, then a day and a time that suit you.',
    noscript: 'Online booking needs JavaScript. Please turn it on, or contact us directly.',
  },
}

export function BookingSection({ config = {}, context }: { config?: BookingSectionConfig; context: SectionContext }) {
  const locale = widgetLocale(context.locale)
  const text = DEFAULTS[locale]
  const Heading = context.headingLevel ?? 'h2'
  return (
    <div
      className="booking-section"
      data-booking-section=""
      data-booking-identifier={context.identifier}
      data-booking-locale={locale}
      data-booking-weeks={config.weeks ? String(config.weeks) : undefined}
      data-booking-consent={config.consentText || undefined}
    >
      <Heading id={`booking-${context.identifier}`}>{config.heading || text.heading}</Heading>
      <p>{config.intro || text.intro}</p>
      <noscript>
        <p data-booking-fallback="">{text.noscript}</p>
      </noscript>
    </div>
  )
}
