/**
 * The public booking widget in the visitor's browser (vanilla TS, no React),
 * in the steps Cal.com and Calendly use: the service first (title, length,
 * price, description), then a day (whole weeks, each day announced with its
 * number of free times), then a time, then the visitor's details, then the
 * confirmation with add-to-calendar links (Google, Outlook, a calendar file).
 * A time-zone switcher stays in view (sticky) through every step. Free times
 * come in two small reads: a per-day summary for the weeks shown, then the
 * chosen day's slots. It wears the site's theme (its colour and font custom
 * properties) and its focus ring. A refused submit (a missing field, the
 * server's 400, a 429) shows what is wrong beside the field or at the top and
 * moves focus there; status changes are announced through a live region.
 *
 * The public-site renderer calls `mount(element, props)` for each
 * `<div data-island="booking">`; props: `{ identifier, locale?, weeks?, consentText?, apiBase? }`
 * (missing ones are read from the section's `data-booking-*` attributes).
 */
import { timeZoneLabel } from '@platform/format'

import { addDays, dayBounds, todayIn } from '../lib/calendarGrid'
import {
  bookingBody,
  calendarLinks,
  choiceDetails,
  dayLabel,
  dayWindow,
  formatDate,
  formatTime,
  formatWhen,
  formatWindow,
  formErrors,
  interpretBookingResponse,
  TEXTS,
  weekdayNames,
  widgetLocale,
  zoneOptions,
  type BookingOutcome,
  type FormField,
  type PublicChoice,
  type PublicSlot,
  type WidgetLocale,
} from './widgetLogic'

export type BookingWidgetProps = {
  identifier?: string
  locale?: string
  /** Weeks shown at a time. @default 2 */
  weeks?: number
  /** Replaces the default consent sentence. */
  consentText?: string
  /** Origin of the platform API when the page is on another host. @default same origin */
  apiBase?: string
}

type State = {
  zone: string
  siteZone: string
  choices?: PublicChoice[]
  choice?: PublicChoice
  windowStart: string
  days?: Record<string, number>
  day?: string
  slots?: PublicSlot[]
  loadError?: boolean
  slot?: PublicSlot
  sending?: boolean
  confirmed?: Extract<BookingOutcome, { kind: 'confirmed' }>
  form: { name: string; email: string; notes: string; consent: boolean }
  fieldErrors: Partial<Record<FormField, string>>
  formError?: string
}

const STYLE_ID = 'booking-widget-style'
const LINE = 'color-mix(in srgb,var(--color-text,#1f2937) 28%,transparent)'
const STYLE = `
.bw{font:inherit;color:inherit;max-width:46rem;min-width:0;display:grid;grid-template-columns:minmax(0,1fr);gap:1rem}
.bw>*{min-width:0}
.bw h3{margin:0;font-size:1.15rem}
.bw p{margin:0}
.bw-bar{position:sticky;top:0;z-index:3;display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1rem;padding:.6rem .8rem;border:1px solid ${LINE};border-radius:.6rem;background:var(--color-background,#fff);color:var(--color-text,#1f2937)}
.bw-bar label{display:flex;flex-wrap:wrap;align-items:center;gap:.35rem .5rem;font-weight:600;flex:1 1 18rem;min-width:0;max-width:100%}
.bw-bar select{font:inherit;font-weight:400;flex:1 1 14rem;width:100%;max-width:100%;min-width:0;min-height:2.5rem;padding:.35rem .5rem;border:1px solid ${LINE};border-radius:.4rem;background:var(--color-background,#fff);color:var(--color-text,#1f2937);white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.bw-chosen{font-weight:600}
.bw button,.bw .bw-link{font:inherit;cursor:pointer;border-radius:.5rem;border:1px solid ${LINE};background:var(--color-background,#fff);color:var(--color-text,#1f2937);padding:.55rem .8rem;text-decoration:none;display:inline-block}
.bw button:disabled{cursor:default;opacity:.45}
.bw-services{list-style:none;margin:0;padding:0;display:grid;gap:.6rem}
.bw-service{width:100%;text-align:left;display:grid!important;gap:.2rem;padding:.9rem 1rem!important}
.bw-service strong{font-size:1.05rem}
.bw-service small{font-size:.9rem;opacity:.85}
.bw-service[aria-pressed=true]{border-color:var(--color-primary,#1f4e5f);box-shadow:inset 0 0 0 1px var(--color-primary,#1f4e5f)}
.bw-nav{display:flex;align-items:center;justify-content:space-between;gap:.5rem;flex-wrap:wrap}
.bw-grid{display:grid;grid-template-columns:repeat(7,minmax(0,1fr));gap:.3rem}
.bw-wd{font-size:.8rem;text-align:center;opacity:.8}
.bw-day{min-height:2.75rem;padding:.3rem!important}
.bw-day.bw-has{border-color:var(--color-primary,#1f4e5f);font-weight:700}
.bw-day[aria-pressed=true],.bw-time[aria-pressed=true],.bw-primary{background:var(--color-primary,#1f4e5f)!important;color:var(--color-on-primary,#fff)!important;border-color:var(--color-primary,#1f4e5f)!important}
.bw-today{text-decoration:underline}
.bw-times{display:grid;grid-template-columns:repeat(auto-fill,minmax(6.5rem,1fr));gap:.4rem}
.bw-time small{display:block;font-size:.8rem;font-weight:400}
.bw-time[data-kind=group]{grid-column:1/-1;text-align:left}
.bw-form{display:grid;gap:.8rem;max-width:30rem}
.bw-field{display:grid;gap:.25rem}
.bw-field label{font-weight:600}
.bw-form input[type=text],.bw-form input[type=email],.bw-form textarea{font:inherit;padding:.55rem;border:1px solid ${LINE};border-radius:.4rem;background:var(--color-background,#fff);color:var(--color-text,#1f2937);width:100%}
.bw-form input[aria-invalid=true],.bw-form textarea[aria-invalid=true]{border-color:#b91c1c;border-width:2px}
.bw-consent{display:flex;gap:.5rem;align-items:flex-start}
.bw-consent input{margin-top:.3rem}
.bw-field-error{color:#b91c1c;font-weight:600;font-size:.95rem}
.bw-alert{padding:.7rem .9rem;border-radius:.5rem;border:2px solid #b91c1c;background:#fff;color:#7f1d1d}
.bw-alert ul{margin:.3rem 0 0;padding-left:1.2rem}
.bw-alert a{color:#7f1d1d}
.bw-status:empty{display:none}
.bw-note{font-size:.9rem;opacity:.85}
.bw-done{display:grid;gap:.75rem}
.bw-calendar{display:flex;flex-wrap:wrap;gap:.5rem}
.bw-sr{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`

const el = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: (Node | string | undefined | false)[]
) => {
  const node = document.createElement(tag)
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue
    node.setAttribute(key, value === true ? '' : value)
  }
  for (const child of children) if (child !== undefined && child !== false) node.append(child)
  return node
}

const visitorZone = (): string => {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
  } catch {
    return 'UTC'
  }
}

const knownZones = (): string[] => {
  try {
    return (Intl as unknown as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? []
  } catch {
    return []
  }
}

export function mount(element: HTMLElement, rawProps: unknown): void {
  const props = (rawProps && typeof rawProps === 'object' ? rawProps : {}) as BookingWidgetProps & { context?: BookingWidgetProps; config?: BookingWidgetProps }
  const section = element.querySelector<HTMLElement>('[data-booking-section]') ?? element
  const identifier = props.identifier ?? props.context?.identifier ?? section.dataset.bookingIdentifier
  const locale: WidgetLocale = widgetLocale(props.locale ?? props.context?.locale ?? section.dataset.bookingLocale ?? document.documentElement.lang)
  const weeks = Math.min(8, Math.max(1, Number(props.weeks ?? props.config?.weeks ?? section.dataset.bookingWeeks) || 2))
  const consentText = props.consentText ?? props.config?.consentText ?? section.dataset.bookingConsent
  const apiBase = (props.apiBase ?? '').replace(/\/$/, '')
  const texts = TEXTS[locale]
  if (!identifier) throw new Error('booking widget: no site identifier')

  if (!document.getElementById(STYLE_ID)) document.head.append(el('style', { id: STYLE_ID }, STYLE))
  const root = el('div', { class: 'bw', 'data-booking-widget': true })
  const bar = el('div', { class: 'bw-bar' })
  const live = el('div', { class: 'bw-status bw-sr', role: 'status', 'aria-live': 'polite' })
  const body = el('div', { class: 'bw' })
  root.append(bar, body, live)
  section.querySelector('[data-booking-fallback]')?.remove()
  section.append(root)

  const detected = visitorZone()
  const state: State = {
    zone: detected,
    siteZone: detected,
    windowStart: todayIn(detected),
    form: { name: '', email: '', notes: '', consent: false },
    fieldErrors: {},
  }
  const siteUrl = `${apiBase}/api/public/sites/${encodeURIComponent(identifier)}`
  let loadToken = 0

  const announce = (text: string) => {
    live.textContent = text
  }
  const focusLater = (selector: string) => queueMicrotask(() => root.querySelector<HTMLElement>(selector)?.focus())

  const getJson = async <T>(path: string, params: Record<string, string>): Promise<T> => {
    const response = await fetch(`${siteUrl}/${path}?${new URLSearchParams(params)}`, { headers: { accept: 'application/json', 'accept-language': locale } })
    if (!response.ok) throw new Error(String(response.status))
    return (await response.json()) as T
  }

  const serviceParam = (): Record<string, string> => (state.choice ? { service: state.choice.id } : {})

  /** The chosen day's slots (one small read). */
  const loadDay = async (date: string) => {
    const token = ++loadToken
    state.day = date
    state.slots = undefined
    state.slot = undefined
    render()
    const { start, end } = dayBounds(date, state.zone)
    try {
      const data = await getJson<{ slots: PublicSlot[] }>('slots', {
        from: new Date(start).toISOString(),
        to: new Date(end).toISOString(),
        tz: state.zone,
        ...serviceParam(),
      })
      if (token !== loadToken) return
      state.slots = data.slots
    } catch {
      if (token !== loadToken) return
      state.loadError = true
      announce(texts.loadFailed)
    }
    render()
  }

  /** The weeks shown: free times per day (the compact first answer), then the first day with any. */
  const loadDays = async ({ keepDay = false } = {}) => {
    const token = ++loadToken
    const days = dayWindow(state.windowStart, weeks)
    state.days = undefined
    state.loadError = false
    if (!keepDay) state.day = undefined
    render()
    announce(texts.loading)
    try {
      const data = await getJson<{ days: Record<string, number> }>('days', {
        from: new Date(dayBounds(days[0], state.zone).start).toISOString(),
        to: new Date(dayBounds(days[days.length - 1], state.zone).end).toISOString(),
        tz: state.zone,
        ...serviceParam(),
      })
      if (token !== loadToken) return
      state.days = data.days
      const first = keepDay && state.day && data.days[state.day] ? state.day : days.find((date) => data.days[date])
      announce(first ? '' : texts.noSlotsRange)
      if (first) return void loadDay(first)
    } catch {
      if (token !== loadToken) return
      state.loadError = true
      announce(texts.loadFailed)
    }
    render()
  }

  const loadChoices = async () => {
    try {
      const data = await getJson<{ timeZone: string; services: PublicChoice[] }>('booking', { locale })
      state.siteZone = data.timeZone
      state.choices = data.services
      if (data.services.length === 1) {
        state.choice = data.services[0]
        return void loadDays()
      }
      announce(data.services.length ? '' : texts.noServices)
    } catch {
      state.loadError = true
      announce(texts.loadFailed)
    }
    render()
  }

  // Zones by the names people use ("Warszawa – czas środkowoeuropejski"), the id only as the value; made once each.
  const zoneLabels = new Map<string, string>()
  const zoneLabel = (zone: string): string => {
    if (!zoneLabels.has(zone)) zoneLabels.set(zone, timeZoneLabel(zone, locale))
    return zoneLabels.get(zone)!
  }

  const renderBar = () => {
    const select = el('select', { id: 'bw-zone', name: 'tz' })
    for (const zone of zoneOptions(detected, state.siteZone, knownZones())) {
      const option = el('option', { value: zone }, zoneLabel(zone))
      option.selected = zone === state.zone
      select.append(option)
    }
    // On a phone a long name may end in "…" in the closed select: the whole name stays in its tooltip (and the note under the times).
    select.title = zoneLabel(state.zone)
    select.addEventListener('change', () => {
      state.zone = select.value
      state.windowStart = todayIn(state.zone)
      if (state.choice && !state.confirmed) void loadDays({ keepDay: true })
      else render()
      focusLater('#bw-zone')
    })
    bar.replaceChildren(
      ...[
        state.choice ? el('span', { class: 'bw-chosen', 'data-testid': 'bw-service' }, state.choice.title) : undefined,
        el('label', { for: 'bw-zone' }, texts.timeZone, select),
      ].filter((node): node is HTMLElement => node !== undefined),
    )
  }

  const renderChoices = () => {
    if (!state.choices) return [el('p', {}, state.loadError ? texts.loadFailed : texts.loading)]
    if (!state.choices.length) return [el('p', {}, texts.noServices)]
    const list = el('ul', { class: 'bw-services', 'aria-label': texts.chooseService })
    for (const choice of state.choices) {
      const details = choiceDetails(choice, locale)
      const button = el(
        'button',
        { type: 'button', class: 'bw-service', 'aria-pressed': String(state.choice?.id === choice.id), 'data-service': choice.id },
        el('strong', {}, choice.title),
        details ? el('span', {}, details) : undefined,
        choice.description ? el('small', {}, choice.description) : undefined,
      )
      button.addEventListener('click', () => {
        state.choice = choice
        state.windowStart = todayIn(state.zone)
        void loadDays()
        focusLater('.bw-back-service')
      })
      list.append(el('li', {}, button))
    }
    return [el('h3', {}, texts.chooseService), list]
  }

  const renderPicker = () => {
    const days = dayWindow(state.windowStart, weeks)
    const first = todayIn(state.zone)
    const change = el('button', { type: 'button', class: 'bw-back-service' }, texts.changeService)
    change.addEventListener('click', () => {
      state.choice = undefined
      state.days = undefined
      state.day = undefined
      state.slots = undefined
      render()
      focusLater('.bw-service')
    })
    const nav = el(
      'div',
      { class: 'bw-nav' },
      el('button', { type: 'button', 'data-action': 'previous', disabled: days[0] <= first }, `‹ ${texts.previousWeeks}`),
      el('strong', {}, formatWindow(days, locale)),
      el('button', { type: 'button', 'data-action': 'next', disabled: days[0] > addDays(first, 365) }, `${texts.nextWeeks} ›`),
    )
    nav.querySelector('[data-action=previous]')!.addEventListener('click', () => {
      const back = addDays(state.windowStart, -7 * weeks)
      state.windowStart = back > first ? back : first
      void loadDays()
    })
    nav.querySelector('[data-action=next]')!.addEventListener('click', () => {
      state.windowStart = addDays(state.windowStart, 7 * weeks)
      void loadDays()
    })
    const grid = el('div', { class: 'bw-grid', role: 'group', 'aria-label': texts.chooseDay })
    for (const name of weekdayNames(locale)) grid.append(el('span', { class: 'bw-wd', 'aria-hidden': 'true' }, name))
    for (const date of days) {
      const count = state.days?.[date] ?? 0
      const button = el(
        'button',
        {
          type: 'button',
          class: `bw-day${count ? ' bw-has' : ''}${date === first ? ' bw-today' : ''}`,
          'aria-pressed': String(date === state.day),
          'aria-label': dayLabel(date, count, locale),
          'data-date': date,
          'data-count': String(count),
          disabled: !count,
        },
        String(Number(date.slice(8))),
      )
      button.addEventListener('click', () => {
        void loadDay(date).then(() => focusLater('.bw-time'))
      })
      grid.append(button)
    }
    const heading: HTMLElement[] =
      state.choices && state.choices.length > 1 ? [el('div', { class: 'bw-nav' }, el('p', {}, el('strong', {}, state.choice!.title)), change)] : []
    return [...heading, el('h3', {}, texts.chooseDay), nav, grid]
  }

  const renderTimes = () => {
    if (state.loadError) {
      const retry = el('button', { type: 'button' }, texts.retry)
      retry.addEventListener('click', () => void loadDays())
      return [el('p', { role: 'alert' }, texts.loadFailed), retry]
    }
    if (!state.day) return []
    if (!state.slots) return [el('p', {}, texts.loading)]
    const list = el('div', { class: 'bw-times', role: 'group', 'aria-label': `${texts.chooseTime}: ${formatDate(state.day, locale)}` })
    for (const slot of state.slots) {
      const extra = [
        slot.kind === 'group' ? slot.title : undefined,
        slot.seatsLeft !== undefined ? texts.seatsLeft(slot.seatsLeft) : undefined,
        slot.host ? texts.with(slot.host) : undefined,
      ].filter(Boolean) as string[]
      const button = el(
        'button',
        { type: 'button', class: 'bw-time', 'aria-pressed': String(state.slot === slot), 'data-start': slot.start, 'data-kind': slot.kind },
        formatTime(slot.start, state.zone, locale),
        extra.length ? el('small', {}, extra.join(' · ')) : undefined,
      )
      button.addEventListener('click', () => {
        state.slot = slot
        state.fieldErrors = {}
        state.formError = undefined
        render()
        focusLater('#bw-name')
      })
      list.append(button)
    }
    return [
      el('h3', {}, `${texts.chooseTime} – ${formatDate(state.day, locale)}`),
      el('p', { class: 'bw-note' }, texts.timesIn(zoneLabel(state.zone))),
      state.slots.length ? list : el('p', {}, texts.noSlotsDay),
    ]
  }

  const renderForm = (slot: PublicSlot) => {
    const what = state.choice?.kind === 'one_on_one' ? state.choice.title : slot.title || texts.session
    const form = el('form', { class: 'bw-form', novalidate: true })
    const errors = state.fieldErrors
    const describedBy = (field: FormField) => (errors[field] ? `bw-${field}-error` : undefined)
    const fieldError = (field: FormField) => (errors[field] ? el('p', { class: 'bw-field-error', id: `bw-${field}-error` }, errors[field]!) : undefined)
    const field = (id: FormField | 'notes', label: string, input: HTMLInputElement | HTMLTextAreaElement) => {
      input.id = `bw-${id}`
      if (id !== 'notes' && errors[id]) {
        input.setAttribute('aria-invalid', 'true')
        input.setAttribute('aria-describedby', describedBy(id)!)
      }
      return el('div', { class: 'bw-field' }, el('label', { for: input.id }, label), input, id !== 'notes' ? fieldError(id) : undefined)
    }
    const name = el('input', { type: 'text', name: 'name', autocomplete: 'name', required: true, maxlength: '200' })
    name.value = state.form.name
    const email = el('input', { type: 'email', name: 'email', autocomplete: 'email', required: true, maxlength: '254' })
    email.value = state.form.email
    const notes = el('textarea', { name: 'notes', rows: '3', maxlength: '2000' })
    notes.value = state.form.notes
    const consent = el('input', {
      type: 'checkbox',
      name: 'consent',
      id: 'bw-consent',
      required: true,
      'aria-invalid': errors.consent ? 'true' : undefined,
      'aria-describedby': describedBy('consent'),
    })
    consent.checked = state.form.consent
    const submit = el('button', { type: 'submit', class: 'bw-primary', disabled: state.sending }, state.sending ? texts.booking : texts.book)
    const back = el('button', { type: 'button' }, texts.back)
    back.addEventListener('click', () => {
      state.slot = undefined
      render()
      focusLater('.bw-time')
    })
    const sync = () => {
      state.form = { name: name.value, email: email.value, notes: notes.value, consent: consent.checked }
    }
    form.addEventListener('input', sync)
    form.addEventListener('change', sync)
    form.addEventListener('submit', (event) => {
      event.preventDefault()
      sync()
      const found = formErrors(state.form, texts)
      if (Object.keys(found).length) return refuse(found)
      void submitBooking(slot)
    })
    const summary =
      state.formError || Object.keys(errors).length
        ? el(
            'div',
            { class: 'bw-alert', role: 'alert', tabindex: '-1', 'data-testid': 'bw-form-error' },
            state.formError ? el('p', {}, state.formError) : undefined,
            Object.keys(errors).length
              ? el(
                  'ul',
                  {},
                  ...(Object.entries(errors) as [FormField, string][]).map(([key, message]) => el('li', {}, el('a', { href: `#bw-${key}` }, message))),
                )
              : undefined,
          )
        : undefined
    form.append(
      field('name', texts.name, name),
      field('email', texts.email, email),
      field('notes', texts.notes, notes),
      el(
        'div',
        { class: 'bw-field' },
        el('div', { class: 'bw-consent' }, consent, el('label', { for: 'bw-consent' }, consentText || texts.consent)),
        fieldError('consent'),
      ),
      el('div', { class: 'bw-nav' }, back, submit),
    )
    return [
      el('h3', {}, texts.yourDetails),
      el('p', { 'data-testid': 'bw-chosen' }, `${what}: ${formatWhen(slot.start, slot.end, state.zone, locale)}`),
      ...(summary ? [summary] : []),
      form,
    ]
  }

  /** A refused submit: the errors beside their fields and in a summary; focus on the first wrong field (or the summary). */
  const refuse = (fieldErrors: Partial<Record<FormField, string>>, formError?: string) => {
    state.fieldErrors = fieldErrors
    state.formError = formError
    render()
    const first = (['name', 'email', 'consent'] as FormField[]).find((key) => fieldErrors[key])
    focusLater(first ? `#bw-${first}` : '[data-testid="bw-form-error"]')
  }

  const submitBooking = async (slot: PublicSlot) => {
    state.sending = true
    state.fieldErrors = {}
    state.formError = undefined
    render()
    announce(texts.booking)
    let outcome: BookingOutcome
    try {
      const response = await fetch(`${siteUrl}/bookings`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', 'accept-language': locale },
        body: JSON.stringify(bookingBody(slot, state.form, { zone: state.zone, locale })),
      })
      outcome = interpretBookingResponse(response.status, await response.json().catch(() => undefined), texts)
    } catch {
      outcome = { kind: 'failed', message: texts.failed }
    }
    state.sending = false
    announce('')
    if (outcome.kind === 'confirmed') {
      state.confirmed = outcome
      state.slot = undefined
      announce(texts.confirmedTitle)
      render()
      focusLater('.bw-done h3')
      return
    }
    if (outcome.kind === 'taken') {
      // The time is gone: the day's times again, freshly loaded, and why.
      state.slot = undefined
      await loadDays({ keepDay: true })
      announce(outcome.message)
      return
    }
    if (outcome.kind === 'invalid' && outcome.field) return refuse({ [outcome.field]: outcome.message })
    refuse({}, outcome.message)
  }

  const renderDone = (done: Extract<BookingOutcome, { kind: 'confirmed' }>) => {
    const title = done.title || state.choice?.title || texts.session
    const links = calendarLinks({ title, start: done.start, end: done.end, details: done.manageUrl ? `${texts.manage}: ${done.manageUrl}` : undefined })
    const again = el('button', { type: 'button' }, texts.another)
    again.addEventListener('click', () => {
      state.confirmed = undefined
      void loadDays()
    })
    return [
      el(
        'div',
        { class: 'bw-done', 'data-testid': 'bw-confirmation' },
        el('h3', { tabindex: '-1' }, texts.confirmedTitle),
        el('p', {}, texts.confirmedText(title, formatWhen(done.start, done.end, state.zone, locale))),
        el('p', { class: 'bw-note' }, texts.timesIn(zoneLabel(state.zone))),
        el('h3', {}, texts.addToCalendar),
        el(
          'div',
          { class: 'bw-calendar' },
          el('a', { class: 'bw-link', href: links.google, target: '_blank', rel: 'noopener noreferrer', 'data-testid': 'bw-google' }, texts.google),
          el('a', { class: 'bw-link', href: links.outlook, target: '_blank', rel: 'noopener noreferrer', 'data-testid': 'bw-outlook' }, texts.outlook),
          done.calendarUrl ? el('a', { class: 'bw-link', href: done.calendarUrl, download: 'booking.ics', 'data-testid': 'bw-ics' }, texts.ics) : undefined,
        ),
        done.manageUrl ? el('p', {}, el('a', { href: done.manageUrl, 'data-testid': 'bw-manage' }, texts.manage)) : undefined,
        again,
      ),
    ]
  }

  function render() {
    renderBar()
    const parts: Node[] = state.confirmed
      ? renderDone(state.confirmed)
      : state.slot
        ? renderForm(state.slot)
        : state.choice
          ? [...renderPicker(), ...renderTimes()]
          : renderChoices()
    body.replaceChildren(...parts)
  }

  render()
  void loadChoices()
}
