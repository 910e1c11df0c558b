'use client'
/** Language and REST helpers shared by the site editor's components. */
import { useConfig, useTranslation } from '@payloadcms/ui'
import { useCallback, useMemo } from 'react'

export type Tr = (en: string, pl: string) => string

/** `tr('English', 'Polski')` in the admin's language. */
export const useTr = (): { tr: Tr; pl: boolean } => {
  const { i18n } = useTranslation()
  const pl = i18n.language === 'pl'
  return useMemo(() => ({ pl, tr: (en: string, plText: string) => (pl ? plText : en) }), [pl])
}

/** The first error message of a Payload REST answer. */
export const errorOf = (body: unknown, status: number): string =>
  (body as { errors?: { message?: string }[] } | undefined)?.errors?.[0]?.message ?? `HTTP ${status}`

/** `api('/sites/1/publish', { method: 'POST' })` against this admin's REST API, with the session cookie. */
export const useApi = () => {
  const { config } = useConfig()
  const base = `${config.serverURL}${config.routes.api}`
  return useCallback(
    async <T = unknown>(path: string, init: RequestInit = {}): Promise<{ ok: boolean; status: number; body: T }> => {
      const response = await fetch(`${base}${path}`, { credentials: 'include', ...init })
      const body = (await response.json().catch(() => undefined)) as T
      return { ok: response.ok, status: response.status, body }
    },
    [base],
  )
}

export const jsonInit = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
})
