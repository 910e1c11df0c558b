/**
 * The public booking widget in the visitor's browser (vanilla TS, no React):
 * a day picker over whole weeks with the days that have free times
 * highlighted, the chosen day's times in the visitor's own time zone, a form
 * (name, email, notes, consent), the booking POST, and the confirmation with
 * the management link. A 409 says the time was just taken and reloads the
 * times; a 400 shows the server's message. Status changes are announced
 * through an aria-live region.
 *
 * The public-site renderer calls `mount(element, props)` for each
 * `<div data-island="booking">`; props: `{ identifier, locale?, weeks?, consentText?, apiBase? }`
 * (missing ones are read from the section's `data-booking-*` attributes).
 */
import { addDays, dayBounds, todayIn } from '../lib/calendarGrid'
import {
  bookingBody,
  dayWindow,
  formatDate,
  formatTime,
  formatWhen,
  formatWindow,
  groupSlotsByDay,
  interpretBookingResponse,
  TEXTS,
  weekdayNames,
  widgetLocale,
  type BookingOutcome,
  type PublicSlot,
  type WidgetLocale,
} from './widgetLogic'

export type BookingWidgetProps = {
  identifier?: string
  locale?: string
  /** Weeks shown at a time. @default 4 */
  weeks?: number
  /** Replaces the default consent sentence. */
  consentText?: string
  /** Origin of the platform API when the page is on another host. @default same origin */
  apiBase?: string
}

type State = {
  windowStart: string
  slots?: Map<string, PublicSlot[]>
  loadError?: boolean
  day?: string
  slot?: PublicSlot
  sending?: boolean
  confirmed?: Extract<BookingOutcome, { kind: 'confirmed' }>
  status?: { text: string; error?: boolean }
  form: { name: string; email: string; notes: string; consent: boolean }
}

const STYLE_ID = 'booking-widget-style'
const STYLE = `
.bw{font:inherit;max-width:720px}
.bw h3{margin:1rem 0 .5rem;font-size:1.1rem}
.bw-nav{display:flex;align-items:center;justify-content:space-between;gap:.5rem}
.bw-grid{display:grid;grid-template-columns:repeat(7,minmax(0,1fr));gap:4px;margin:.5rem 0}
.bw-wd{font-size:.75rem;text-align:center;opacity:.7}
.bw button{font:inherit;cursor:pointer;border-radius:6px;border:1px solid #9ca3af;background:#fff;color:#111;padding:.45rem .6rem}
.bw button:disabled{cursor:default;opacity:.35}
.bw button:focus-visible,.bw input:focus-visible,.bw textarea:focus-visible{outline:3px solid #2563eb;outline-offset:2px}
.bw-day{min-height:2.6rem}
.bw-day.bw-has{border-color:#2563eb;background:#eff6ff;font-weight:600}
.bw-day[aria-pressed=true],.bw-time[aria-pressed=true]{background:#2563eb;color:#fff;border-color:#2563eb}
.bw-today{text-decoration:underline}
.bw-times{display:grid;grid-template-columns:repeat(auto-fill,minmax(7rem,1fr));gap:6px}
.bw-time small{display:block;font-size:.75rem;font-weight:400}
.bw-form{display:grid;gap:.6rem;max-width:28rem}
.bw-form label{display:grid;gap:.2rem}
.bw-form input[type=text],.bw-form input[type=email],.bw-form textarea{font:inherit;padding:.45rem;border:1px solid #9ca3af;border-radius:6px}
.bw-consent{display:flex!important;gap:.5rem;align-items:flex-start;grid-template-columns:none}
.bw-primary{background:#2563eb!important;color:#fff!important;border-color:#2563eb!important}
.bw-status{min-height:1.5em;margin:.5rem 0}
.bw-error{color:#b91c1c}
.bw-note{font-size:.85rem;opacity:.75}
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

export function mount(element: HTMLElement, rawProps: unknown): void {
  const props = (rawProps && typeof rawProps === 'object' ? rawProps : {}) as BookingWidgetProps & { context?: BookingWidgetProps; config?: BookingWidgetProps }
  const section = element.querySelector<HTMLElement>('[data-booking-section]') ?? element
  const identifier = props.identifier ?? props.context?.identifier ?? section.dataset.bookingIdentifier
  const locale: WidgetLocale = widgetLocale(props.locale ?? props.context?.locale ?? section.dataset.bookingLocale ?? document.documentElement.lang)
  const weeks = Math.min(8, Math.max(1, Number(props.weeks ?? props.config?.weeks ?? section.dataset.bookingWeeks) || 4))
  const consentText = props.consentText ?? props.config?.consentText ?? section.dataset.bookingConsent
  const apiBase = (props.apiBase ?? '').replace(/\/$/, '')
  const texts = TEXTS[locale]
  const zone = visitorZone()
  if (!identifier) throw new Error('booking widget: no site identifier')

  if (!document.getElementById(STYLE_ID)) document.head.append(el('style', { id: STYLE_ID }, STYLE))
  const root = el('div', { class: 'bw', 'data-booking-widget': true })
  const live = el('div', { class: 'bw-status', role: 'status', 'aria-live': 'polite' })
  const body = el('div')
  root.append(body, live)
  section.querySelector('[data-booking-fallback]')?.remove()
  section.append(root)

  const today = () => todayIn(zone)
  const state: State = { windowStart: today(), form: { name: '', email: '', notes: '', consent: false } }
  const slotsUrl = `${apiBase}/api/public/sites/${encodeURIComponent(identifier)}/slots`
  let loadToken = 0

  /** Says `text` in the live region; `quiet` keeps it for screen readers only (the page already shows it). */
  const announce = (text: string, error = false, quiet = false) => {
    state.status = { text, error }
    live.textContent = text
    live.classList.toggle('bw-error', error)
    live.classList.toggle('bw-sr', quiet)
  }

  const load = async ({ keepDay = false } = {}) => {
    const token = ++loadToken
    const days = dayWindow(state.windowStart, weeks)
    const from = Math.max(Date.now(), dayBounds(days[0], zone).start)
    const to = dayBounds(days[days.length - 1], zone).end
    state.slots = undefined
    state.loadError = false
    if (!keepDay) state.day = undefined
    render()
    announce(texts.loading)
    try {
      const params = new URLSearchParams({ from: new Date(from).toISOString(), to: new Date(to).toISOString(), tz: zone })
      const response = await fetch(`${slotsUrl}?${params}`, { headers: { accept: 'application/json' } })
      if (!response.ok) throw new Error(String(response.status))
      const data = (await response.json()) as { slots: PublicSlot[] }
      if (token !== loadToken) return
      state.slots = groupSlotsByDay(data.slots, zone)
      if (!state.day || !state.slots.has(state.day)) state.day = days.find((date) => state.slots!.has(date))
      announce(state.slots.size ? '' : texts.noSlotsRange)
    } catch {
      if (token !== loadToken) return
      state.loadError = true
      announce(texts.loadFailed, true)
    }
    render()
  }

  const focusLater = (selector: string) => queueMicrotask(() => root.querySelector<HTMLElement>(selector)?.focus())

  const renderPicker = () => {
    const days = dayWindow(state.windowStart, weeks)
    const first = today()
    const nav = el(
      'div',
      { class: 'bw-nav' },
      el('button', { type: 'button', 'data-action': 'previous', disabled: days[0] <= first }, `‹ ${texts.previousWeeks}`),
      el('strong', { 'aria-live': 'polite' }, formatWindow(days, locale)),
      el('button', { type: 'button', 'data-action': 'next', disabled: days[0] > addDays(first, 365) }, `${texts.nextWeeks} ›`),
    )
    nav.querySelector('[data-action=previous]')!.addEventListener('click', () => {
      const back = addDays(state.windowStart, -7 * weeks)
      state.windowStart = back > first ? back : first
      void load()
    })
    nav.querySelector('[data-action=next]')!.addEventListener('click', () => {
      state.windowStart = addDays(state.windowStart, 7 * weeks)
      void load()
    })
    const grid = el('div', { class: 'bw-grid', role: 'group', 'aria-label': texts.chooseDay })
    for (const name of weekdayNames(locale)) grid.append(el('span', { class: 'bw-wd', 'aria-hidden': 'true' }, name))
    for (const date of days) {
      const count = state.slots?.get(date)?.length ?? 0
      const label = `${formatDate(date, locale)}${count ? ` — ${count}` : ''}`
      const button = el(
        'button',
        {
          type: 'button',
          class: `bw-day${count ? ' bw-has' : ''}${date === first ? ' bw-today' : ''}`,
          'aria-pressed': String(date === state.day),
          'aria-label': label,
          'data-date': date,
          disabled: !count,
        },
        String(Number(date.slice(8))),
      )
      button.addEventListener('click', () => {
        state.day = date
        state.slot = undefined
        render()
        focusLater('.bw-time')
      })
      grid.append(button)
    }
    return [el('h3', {}, texts.chooseDay), nav, grid]
  }

  const renderTimes = () => {
    if (state.loadError) {
      const retry = el('button', { type: 'button' }, texts.retry)
      retry.addEventListener('click', () => void load())
      return [retry]
    }
    if (!state.slots || !state.day) return []
    const slots = state.slots.get(state.day) ?? []
    const list = el('div', { class: 'bw-times', role: 'group', 'aria-label': `${texts.chooseTime}: ${formatDate(state.day, locale)}` })
    for (const slot of slots) {
      const extra = [
        slot.kind === 'group' ? slot.title : undefined,
        slot.seatsLeft !== undefined ? texts.seatsLeft(slot.seatsLeft) : undefined,
        slot.host ? texts.with(slot.host) : undefined,
      ].filter(Boolean) as string[]
      const button = el(
        'button',
        { type: 'button', class: 'bw-time', 'aria-pressed': String(state.slot === slot), 'data-start': slot.start, 'data-kind': slot.kind },
        formatTime(slot.start, zone, locale),
        extra.length ? el('small', {}, extra.join(' · ')) : undefined,
      )
      button.addEventListener('click', () => {
        state.slot = slot
        announce('')
        render()
        focusLater('#bw-name')
      })
      list.append(button)
    }
    return [
      el('h3', {}, `${texts.chooseTime} — ${formatDate(state.day, locale)}`),
      el('p', { class: 'bw-note' }, texts.timesIn(zone)),
      slots.length ? list : el('p', {}, texts.noSlotsDay),
    ]
  }

  const renderForm = (slot: PublicSlot) => {
    const what = slot.title || texts.session
    const form = el('form', { class: 'bw-form', novalidate: true })
    const field = (id: string, label: string, input: HTMLInputElement | HTMLTextAreaElement) => {
      input.id = id
      return el('label', { for: id }, label, input)
    }
    const name = el('input', { type: 'text', name: 'name', autocomplete: 'name', required: true, maxlength: '200' })
    name.value = state.form.name
    const email = el('input', { type: 'email', name: 'email', autocomplete: 'email', required: true, maxlength: '254' })
    email.value = state.form.email
    const notes = el('textarea', { name: 'notes', rows: '3', maxlength: '2000' })
    notes.value = state.form.notes
    const consent = el('input', { type: 'checkbox', name: 'consent', id: 'bw-consent', required: true })
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
      if (!state.form.name.trim() || !email.checkValidity() || !state.form.email.trim() || !state.form.consent) {
        announce(texts.required, true)
        ;(!state.form.name.trim() ? name : !state.form.email.trim() || !email.checkValidity() ? email : consent).focus()
        return
      }
      void submitBooking(slot)
    })
    form.append(
      field('bw-name', texts.name, name),
      field('bw-email', texts.email, email),
      field('bw-notes', texts.notes, notes),
      el('label', { for: 'bw-consent', class: 'bw-consent' }, consent, el('span', {}, consentText || texts.consent)),
      el('div', { class: 'bw-nav' }, back, submit),
    )
    return [el('h3', {}, texts.yourDetails), el('p', { 'data-testid': 'bw-chosen' }, `${what}: ${formatWhen(slot.start, slot.end, zone, locale)}`), form]
  }

  const submitBooking = async (slot: PublicSlot) => {
    state.sending = true
    render()
    announce(texts.booking)
    let outcome: BookingOutcome
    try {
      const response = await fetch(`${apiBase}/api/public/sites/${encodeURIComponent(identifier)}/bookings`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(bookingBody(slot, state.form, { zone, locale })),
      })
      outcome = interpretBookingResponse(response.status, await response.json().catch(() => undefined), texts)
    } catch {
      outcome = { kind: 'failed', message: texts.failed }
    }
    state.sending = false
    if (outcome.kind === 'confirmed') {
      state.confirmed = outcome
      state.slot = undefined
      announce(texts.confirmedTitle, false, true)
      render()
      focusLater('.bw-done h3')
      return
    }
    if (outcome.kind === 'taken') {
      // The time is gone: show the day's times again, freshly loaded, and say why.
      state.slot = undefined
      await load({ keepDay: true })
      announce(outcome.message, true)
      focusLater('.bw-time')
      return
    }
    render()
    announce(outcome.message, true)
  }

  const renderDone = (done: Extract<BookingOutcome, { kind: 'confirmed' }>) => {
    const again = el('button', { type: 'button' }, texts.another)
    again.addEventListener('click', () => {
      state.confirmed = undefined
      void load()
    })
    return [
      el(
        'div',
        { class: 'bw-done', 'data-testid': 'bw-confirmation' },
        el('h3', { tabindex: '-1' }, texts.confirmedTitle),
        el('p', {}, texts.confirmedText(done.title || texts.session, formatWhen(done.start, done.end, zone, locale))),
        done.manageUrl ? el('p', {}, el('a', { href: done.manageUrl, 'data-testid': 'bw-manage' }, texts.manage)) : undefined,
        again,
      ),
    ]
  }

  function render() {
    const parts: Node[] = state.confirmed ? renderDone(state.confirmed) : state.slot ? renderForm(state.slot) : [...renderPicker(), ...renderTimes()]
    body.replaceChildren(...parts)
  }

  void load()
}
