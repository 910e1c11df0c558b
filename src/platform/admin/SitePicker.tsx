'use client'
/**
 * Above every site-scoped list: which site's records it shows, for a user who reaches several sites (staff and
 * one-site users see nothing here). The choice is the `platform-site` cookie that the list's filter
 * (sites/currentSite.ts) reads; `?site=<id>` in the address chooses too, and is remembered.
 */
import { useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useState } from 'react'

const COOKIE = 'platform-site'

const readCookie = () =>
  document.cookie
    .split(';')
    .map((pair) => pair.trim().split('='))
    .find(([key]) => key === COOKIE)?.[1] ?? ''

const remember = (value: string) => {
  document.cookie = `${COOKIE}=${value}; path=/; max-age=${value ? 60 * 60 * 24 * 365 : 0}; samesite=lax`
}

export function SitePicker() {
  const { i18n } = useTranslation()
  const pl = i18n.language === 'pl'
  const router = useRouter()
  const [sites, setSites] = useState<{ id: number; name: string }[]>([])
  const [current, setCurrent] = useState('')

  useEffect(() => {
    const fromAddress = new URLSearchParams(window.location.search).get('site')
    fetch('/api/sites?depth=0&limit=100&sort=name&select[name]=true', { credentials: 'include', headers: { accept: 'application/json' } })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then(({ docs }: { docs: { id: number; name: string }[] }) => {
        const me = fetch('/api/users/me', { credentials: 'include' }).then((response) => response.json())
        return me.then((body: { user?: { isStaff?: boolean } }) => (body.user?.isStaff ? [] : docs))
      })
      .then((docs) => {
        setSites(docs)
        const chosen = [fromAddress, readCookie()].find((value) => value && docs.some((site) => String(site.id) === value)) ?? ''
        if (fromAddress && chosen === fromAddress && readCookie() !== fromAddress) {
          remember(fromAddress)
          router.refresh()
        }
        setCurrent(chosen)
      })
      .catch(() => setSites([]))
  }, [router])

  if (sites.length < 2) return null
  return (
    <label style={{ display: 'inline-flex', alignItems: 'center', gap: 8, margin: '0 0 12px' }} data-testid="site-picker">
      {pl ? 'Strona' : 'Site'}
      <select
        value={current}
        onChange={(event) => {
          setCurrent(event.target.value)
          remember(event.target.value)
          router.refresh()
        }}
        style={{ padding: '6px 8px', minHeight: 36 }}
      >
        <option value="">{pl ? 'Wszystkie strony' : 'All sites'}</option>
        {sites.map((site) => (
          <option key={site.id} value={site.id}>
            {site.name}
          </option>
        ))}
      </select>
    </label>
  )
}
