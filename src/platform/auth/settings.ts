/**
 * Settings of the sign-in links, read from the environment when used (so a
 * test or a process can change them without a restart of the module graph).
 * The README's configuration table lists them with the rest.
 */
const positive = (value: string | undefined, fallback: number): number => {
  const parsed = Number(value)
  return Number.isFinite(parsed) && parsed > 0 ? parsed : fallback
}

export type AuthSettings = {
  /** How long a sign-in or sign-up link works. */
  magicLinkTtlMs: number
  /** How long a team invitation link works. */
  invitationTtlMs: number
  /** The rate-limit window for link requests. */
  rateWindowMs: number
  /** Link requests per email address per window. */
  ratePerEmail: number
  /** Link requests per client IP per window. */
  ratePerIp: number
  /** The window of the password sign-in throttle. */
  loginRateWindowMs: number
  /** Failed (or pending) password sign-ins per client IP per window, any accounts. */
  loginRatePerIp: number
  /** Failed (or pending) password sign-ins per account from one client IP per window. */
  loginRatePerAccountIp: number
}

export const readAuthSettings = (env: NodeJS.ProcessEnv = process.env): AuthSettings => ({
  magicLinkTtlMs: positive(env.MAGIC_LINK_TTL_MINUTES, 15) * 60_000,
  invitationTtlMs: positive(env.INVITATION_TTL_DAYS, 7) * 24 * 60 * 60_000,
  rateWindowMs: positive(env.MAGIC_LINK_RATE_WINDOW_MINUTES, 15) * 60_000,
  ratePerEmail: positive(env.MAGIC_LINK_RATE_PER_EMAIL, 5),
  ratePerIp: positive(env.MAGIC_LINK_RATE_PER_IP, 30),
  loginRateWindowMs: positive(env.LOGIN_RATE_WINDOW_MINUTES, 15) * 60_000,
  loginRatePerIp: positive(env.LOGIN_RATE_PER_IP, 30),
  loginRatePerAccountIp: positive(env.LOGIN_RATE_PER_ACCOUNT_IP, 10),
})
