'use client'
/**
 * The visitor's manage page: the booking (what, when in their zone, with whom),
 * cancel (with a confirmation step, then a "book again" link) and move to
 * another free time (the same service and host unless the visitor picks any
 * host; a confirmation step before the move), through the public endpoints;
 * the cutoff is shown before it bites, and the server's answer (409 past the
 * cutoff or taken slot) is shown as it comes. Colours are the site's theme
 * custom properties (the server part sets them).
 */
import { useCallback, useEffect, useState } from 'react'

import { timeZoneLabel } from '@platform/format'

import { formatWhen } from '../lib/formatWhen'
import { changeState, formatDeadline, manageTexts, moveQuery, rescheduleBody, slotsByDay, type ManagedBooking, type ManageSite, type OfferedSlot } from './view'

const browserZone = (fallback: string): string => {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || fallback
  } catch {
    return fallback
  }
}

const DAY = 86_400_000
const PAGE_DAYS = 14

const errorOf = async (response: Response, fallback: string): Promise<string> => {
  const body = (await response.json().catch(() => undefined)) as { errors?: Array<{ message?: string }> } | undefined
  return body?.errors?.[0]?.message ?? fallback
}

const button = {
  padding: '10px 16px',
  borderRadius: 6,
  border: '1px solid var(--color-primary, #1d4ed8)',
  background: 'var(--color-primary, #1d4ed8)',
  color: 'var(--color-on-primary, #fff)',
  cursor: 'pointer',
  font: 'inherit',
}
const secondary = { ...button, background: 'var(--color-background, #fff)', color: 'var(--color-primary, #1d4ed8)' }

export function ManageBooking({ token, initialLocale, site }: { token: string; initialLocale: 'pl' | 'en'; site?: ManageSite }) {
  const [booking, setBooking] = useState<ManagedBooking>()
  const [loadError, setLoadError] = useState<string>()
  const [status, setStatus] = useState<string>()
  const [error, setError] = useState<string>()
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)
  const [picking, setPicking] = useState(false)
  const [slots, setSlots] = useState<OfferedSlot[]>([])
  const [slotsUntil, setSlotsUntil] = useState<number>()
  const [pending, setPending] = useState<{ slot: OfferedSlot; label: string }>()
  const [anyHost, setAnyHost] = useState(false)
  const locale = booking?.locale ?? initialLocale
  const texts = manageTexts(locale)
  const zone = browserZone(booking?.timeZone ?? 'Europe/Warsaw')
  const url = `/api/public/bookings/${encodeURIComponent(token)}`

  const load = useCallback(async () => {
    try {
      const response = await fetch(url, { cache: 'no-store' })
      if (response.status === 404) return setLoadError(manageTexts(initialLocale).notFound)
      if (!response.ok) return setLoadError(await errorOf(response, manageTexts(initialLocale).network))
      setBooking(((await response.json()) as { booking: ManagedBooking }).booking)
    } catch {
      setLoadError(manageTexts(initialLocale).network)
    }
  }, [url, initialLocale])

  useEffect(() => {
    void load()
  }, [load])

  useEffect(() => {
    if (booking) document.documentElement.lang = booking.locale
  }, [booking])

  const loadSlots = async (from: number, append: boolean, any = anyHost) => {
    if (!booking) return
    const to = from + PAGE_DAYS * DAY
    const query = new URLSearchParams({ from: new Date(from).toISOString(), to: new Date(to).toISOString(), tz: zone, ...moveQuery(booking, any) })
    try {
      const response = await fetch(`/api/public/sites/${encodeURIComponent(booking.site)}/slots?${query}`, { cache: 'no-store' })
      if (!response.ok) return setError(await errorOf(response, texts.network))
      const found = ((await response.json()) as { slots: OfferedSlot[] }).slots
      setSlots((previous) => (append ? [...previous, ...found] : found))
      setSlotsUntil(to)
    } catch {
      setError(texts.network)
    }
  }

  const act = async (path: 'cancel' | 'reschedule', body: Record<string, unknown>, done: string) => {
    setBusy(true)
    setError(undefined)
    setStatus(undefined)
    try {
      const response = await fetch(`${url}/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
      if (!response.ok) {
        setError(await errorOf(response, texts.network))
      } else {
        setBooking(await refreshed())
        setStatus(done)
        setPicking(false)
        setSlots([])
        setSlotsUntil(undefined)
        setConfirming(false)
        setPending(undefined)
      }
    } catch {
      setError(texts.network)
    } finally {
      setBusy(false)
    }
  }

  // The action's answer lacks the page-only fields (host, locale); read the booking again.
  const refreshed = async (): Promise<ManagedBooking | undefined> => {
    const response = await fetch(url, { cache: 'no-store' })
    return response.ok ? ((await response.json()) as { booking: ManagedBooking }).booking : booking
  }

  const backLink = site ? (
    <p>
      <a href={site.homeUrl}>{texts.backTo(site.name)}</a>
    </p>
  ) : null

  if (loadError)
    return (
      <>
        <p role="alert">{loadError}</p>
        {backLink}
      </>
    )
  if (!booking) return <p aria-live="polite">{texts.loading}</p>

  const state = changeState(booking, Date.now())
  const when = formatWhen(booking.start, booking.end, zone, locale)
  const days = slotsByDay(slots, booking, zone, locale)

  return (
    <section data-testid="manage-booking" lang={locale}>
      <h1>{texts.title}</h1>
      <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '6px 16px' }}>
        <dt>{texts.what}</dt>
        <dd style={{ margin: 0 }} data-testid="booking-title">
          {booking.title}
        </dd>
        <dt>{texts.when}</dt>
        <dd style={{ margin: 0 }} data-testid="booking-when">
          {booking.status === 'cancelled' ? <s>{`${when.date}, ${when.time}`}</s> : `${when.date}, ${when.time}`}
        </dd>
        {booking.host ? (
          <>
            <dt>{texts.with}</dt>
            <dd style={{ margin: 0 }}>{booking.host}</dd>
          </>
        ) : null}
        <dt>{texts.where}</dt>
        <dd style={{ margin: 0 }}>{booking.siteName}</dd>
        <dt>Status</dt>
        <dd style={{ margin: 0 }} data-testid="booking-status">
          {texts.status[booking.status]}
        </dd>
      </dl>
      <p style={{ color: '#57534e', fontSize: 14 }}>{texts.timeZoneNote(timeZoneLabel(zone, locale))}</p>

      <div aria-live="polite">
        {status ? (
          <p role="status" style={{ color: '#166534' }}>
            {status}
          </p>
        ) : null}
        {error ? (
          <p role="alert" style={{ color: '#b00020' }}>
            {error}
          </p>
        ) : null}
      </div>

      {state === 'cancelled' && !status ? <p>{texts.alreadyCancelled}</p> : null}
      {state === 'cancelled' && site ? (
        <p>
          <a href={site.bookAgainUrl} style={{ ...button, display: 'inline-block', textDecoration: 'none' }} data-testid="book-again">
            {texts.bookAgain}
          </a>
        </p>
      ) : null}
      {state === 'past' ? <p>{texts.past}</p> : null}
      {state === 'closed' ? <p data-testid="cutoff-closed">{texts.closed(booking.cancelCutoffHours)}</p> : null}
      {state === 'open' ? (
        <>
          <p>{texts.openUntil(formatDeadline(booking.changeableUntil, zone, locale), booking.cancelCutoffHours)}</p>
          {confirming ? (
            <p>
              {texts.cancelQuestion}{' '}
              <button type="button" style={button} disabled={busy} onClick={() => act('cancel', {}, texts.cancelled)}>
                {texts.cancelConfirm}
              </button>{' '}
              <button type="button" style={secondary} disabled={busy} onClick={() => setConfirming(false)}>
                {texts.keep}
              </button>
            </p>
          ) : (
            <p style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
              <button
                type="button"
                style={button}
                disabled={busy}
                aria-expanded={picking}
                onClick={() => {
                  setPicking(!picking)
                  if (!picking && slotsUntil === undefined) void loadSlots(Date.now(), false)
                }}
              >
                {picking ? texts.hideChange : texts.change}
              </button>
              <button type="button" style={secondary} disabled={busy} onClick={() => setConfirming(true)}>
                {texts.cancel}
              </button>
            </p>
          )}
          {picking && pending ? (
            <div role="group" aria-labelledby="move-question" data-testid="move-confirm">
              <p id="move-question">{texts.confirmMove(pending.label)}</p>
              <p style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
                <button type="button" style={button} disabled={busy} onClick={() => act('reschedule', rescheduleBody(pending.slot), texts.moved)}>
                  {texts.moveConfirm}
                </button>
                <button type="button" style={secondary} disabled={busy} onClick={() => setPending(undefined)}>
                  {texts.moveBack}
                </button>
              </p>
            </div>
          ) : null}
          {picking && !pending ? (
            <div data-testid="slot-picker">
              {booking.hostKey && booking.host ? (
                <p>
                  <label>
                    {texts.hostLabel}{' '}
                    <select
                      style={{ font: 'inherit', padding: '6px 8px', borderRadius: 6, maxWidth: '100%' }}
                      value={anyHost ? 'any' : 'same'}
                      onChange={(event) => {
                        const any = event.target.value === 'any'
                        setAnyHost(any)
                        setSlots([])
                        setSlotsUntil(undefined)
                        void loadSlots(Date.now(), false, any)
                      }}
                    >
                      <option value="same">{texts.sameHost(booking.host)}</option>
                      <option value="any">{texts.anyHost}</option>
                    </select>
                  </label>
                </p>
              ) : null}
              {slotsUntil !== undefined && !days.length ? <p>{texts.noSlots}</p> : null}
              {days.map(({ day, slots: daySlots }) => (
                <fieldset key={day} style={{ border: '1px solid #e7e5e4', borderRadius: 6, margin: '8px 0' }}>
                  <legend>{day}</legend>
                  {daySlots.map((slot) => {
                    const time = formatWhen(slot.start, slot.end, zone, locale).time
                    return (
                      <button
                        key={`${slot.start}-${slot.blockId ?? slot.eventId}`}
                        type="button"
                        style={{ ...secondary, margin: 4 }}
                        disabled={busy}
                        aria-label={texts.moveTo(`${day}, ${time}`)}
                        onClick={() => setPending({ slot, label: `${day}, ${time}` })}
                      >
                        {time}
                        {anyHost && slot.host ? ` · ${slot.host}` : ''}
                        {slot.kind === 'group' && slot.seatsLeft !== undefined ? ` · ${texts.seatsLeft(slot.seatsLeft)}` : ''}
                      </button>
                    )
                  })}
                </fieldset>
              ))}
              {slotsUntil !== undefined ? (
                <button type="button" style={secondary} onClick={() => loadSlots(slotsUntil, true)}>
                  {texts.later}
                </button>
              ) : null}
            </div>
          ) : null}
        </>
      ) : null}
      {backLink}
    </section>
  )
}
