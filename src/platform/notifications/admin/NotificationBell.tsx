'use client'
/** The bell in the admin header: unread count, the latest notifications, mark as read (one or all). */
import { useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import React, { useCallback, useEffect, useRef, useState } from 'react'

import { formatDateTime } from '../../i18n/format'

type Item = { id: number; message: string; isRead: boolean; link?: string | null; createdAt: string }

const POLL_MS = 60_000
/** Links are set by platform code; still, only same-site paths and http(s) URLs become links. */
const isSafeLink = (link: string | null | undefined): link is string => Boolean(link && /^(\/(?!\/)|https?:\/\/)/.test(link))

export const NotificationBell: React.FC = () => {
  const { user } = useAuth()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const pl = i18n.language === 'pl'
  const api = `${config.serverURL}${config.routes.api}`
  const [unread, setUnread] = useState(0)
  const [items, setItems] = useState<Item[]>([])
  const [open, setOpen] = useState(false)
  const box = useRef<HTMLDivElement>(null)

  const load = useCallback(async () => {
    if (!user) return
    // Staff may read every notification (audit); the bell shows only the caller's own.
    const mine = `where[user][equals]=${encodeURIComponent(String(user.id))}`
    const [count, latest] = await Promise.all([
      fetch(`${api}/notifications?${mine}&where[isRead][equals]=false&limit=1&depth=0`, { credentials: 'include' }).then((r) => r.json()),
      fetch(`${api}/notifications?${mine}&sort=-createdAt&limit=10&depth=0`, { credentials: 'include' }).then((r) => r.json()),
    ])
    setUnread(count?.totalDocs ?? 0)
    setItems(latest?.docs ?? [])
  }, [api, user])

  useEffect(() => {
    load().catch(() => undefined)
    const timer = setInterval(() => load().catch(() => undefined), POLL_MS)
    return () => clearInterval(timer)
  }, [load])

  useEffect(() => {
    if (!open) return
    const close = (event: MouseEvent) => {
      if (box.current && !box.current.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('mousedown', close)
    return () => document.removeEventListener('mousedown', close)
  }, [open])

  const markRead = async (ids?: number[]) => {
    await fetch(`${api}/notifications/mark-read`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ids ? { ids } : {}),
    })
    await load()
  }

  if (!user) return null
  const label = pl ? `Powiadomienia (nieprzeczytane: ${unread})` : `Notifications (${unread} unread)`
  return (
    <div ref={box} style={{ position: 'relative', marginInlineEnd: 8 }}>
      <button
        type="button"
        title={label}
        onClick={() => setOpen((value) => !value)}
        style={{ position: 'relative', background: 'none', border: 0, cursor: 'pointer', padding: 6, color: 'inherit', fontSize: 18 }}
      >
        {/* An SVG, not the 🔔 emoji: without an emoji font (e.g. a plain Linux desktop) the emoji draws as an empty box. */}
        <svg
          aria-hidden
          width="20"
          height="20"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
          style={{ display: 'block' }}
        >
          <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
          <path d="M13.73 21a2 2 0 0 1-3.46 0" />
        </svg>
        {/* The name is the whole sentence; the badge's bare number is for the eye (a name must contain what is shown). */}
        <span
          className="visually-hidden"
          style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' }}
        >
          {label}
        </span>
        {unread > 0 && (
          <span
            aria-hidden
            data-testid="notification-count"
            style={{
              position: 'absolute',
              top: 0,
              right: -4,
              minWidth: 18,
              height: 18,
              borderRadius: 9,
              background: 'var(--theme-error-500)',
              color: '#fff',
              fontSize: 11,
              lineHeight: '18px',
              textAlign: 'center',
              padding: '0 4px',
            }}
          >
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      {open && (
        <div
          role="dialog"
          aria-label={pl ? 'Powiadomienia' : 'Notifications'}
          style={{
            position: 'absolute',
            right: 0,
            top: '100%',
            width: 340,
            maxHeight: 420,
            overflowY: 'auto',
            zIndex: 100,
            background: 'var(--theme-elevation-0)',
            border: '1px solid var(--theme-elevation-150)',
            borderRadius: 6,
            boxShadow: '0 8px 24px rgba(0,0,0,.15)',
          }}
        >
          <div
            style={{
              display: 'flex',
              justifyContent: 'space-between',
              alignItems: 'center',
              padding: '8px 12px',
              borderBottom: '1px solid var(--theme-elevation-100)',
            }}
          >
            <strong>{pl ? 'Powiadomienia' : 'Notifications'}</strong>
            <button
              type="button"
              disabled={unread === 0}
              onClick={() => markRead()}
              style={{ background: 'none', border: 0, cursor: 'pointer', color: 'var(--theme-success-500)' }}
            >
              {pl ? 'Oznacz wszystkie jako przeczytane' : 'Mark all as read'}
            </button>
          </div>
          {items.length === 0 && <p style={{ padding: 12, margin: 0 }}>{pl ? 'Brak powiadomień.' : 'No notifications.'}</p>}
          <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {items.map((item) => (
              <li
                key={item.id}
                style={{ padding: '8px 12px', borderBottom: '1px solid var(--theme-elevation-50)', fontWeight: item.isRead ? 'normal' : 'bold' }}
              >
                <div style={{ whiteSpace: 'pre-line' }}>
                  {isSafeLink(item.link) ? (
                    <a href={item.link} onClick={() => (item.isRead ? undefined : markRead([item.id]))}>
                      {item.message}
                    </a>
                  ) : (
                    item.message
                  )}
                </div>
                <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 12, opacity: 0.7, fontWeight: 'normal' }}>
                  <span>{formatDateTime(item.createdAt, pl ? 'pl' : 'en', Intl.DateTimeFormat().resolvedOptions().timeZone)}</span>
                  {!item.isRead && (
                    <button
                      type="button"
                      onClick={() => markRead([item.id])}
                      style={{ background: 'none', border: 0, cursor: 'pointer', fontSize: 12, color: 'inherit', textDecoration: 'underline' }}
                    >
                      {pl ? 'Przeczytane' : 'Mark as read'}
                    </button>
                  )}
                </div>
              </li>
            ))}
          </ul>
          <div style={{ padding: '8px 12px' }}>
            <a href={`${config.routes.admin}/collections/notifications?where[user][equals]=${user.id}`}>
              {pl ? 'Wszystkie powiadomienia' : 'All notifications'}
            </a>
          </div>
        </div>
      )}
    </div>
  )
}
