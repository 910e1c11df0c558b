/**
 * Headers every response carries, set before any route runs (Express, Next,
 * Payload and the cached public pages alike), in development and production.
 * A route may replace one with its own, stricter value (`Referrer-Policy:
 * no-referrer`, a full Content-Security-Policy); fetchBridge.ts drops the
 * X-Frame-Options of a response whose own CSP names its `frame-ancestors`.
 */
import type { ServerResponse } from 'node:http'

const bool = (value: string | undefined) => ['1', 'true', 'yes', 'on'].includes((value ?? '').toLowerCase())

/** `HSTS=true`: only for deployments served over HTTPS (a browser would then refuse plain HTTP to the host for a year). */
export const hstsEnabled = (value: string | undefined = process.env.HSTS): boolean => bool(value)

export const securityHeaders = ({ hsts }: { hsts: boolean }): Record<string, string> => ({
  // The admin, sign-up, invitation and booking pages must not be framed by other sites (clickjacking).
  // 'self': the platform frames its own pages (component frames in public pages, previews in the admin).
  'Content-Security-Policy': "frame-ancestors 'self'",
  'X-Frame-Options': 'SAMEORIGIN',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  ...(hsts ? { 'Strict-Transport-Security': 'max-age=31536000' } : {}),
})

export const applySecurityHeaders = (res: ServerResponse, headers: Record<string, string>): void => {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
}
