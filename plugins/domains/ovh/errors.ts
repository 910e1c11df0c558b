/**
 * OVH's failures as one typed error. OVH answers errors as JSON `{ errorCode?, httpCode?, message, class? }`
 * (e.g. 400 `INVALID_SIGNATURE` "Invalid signature", 403 `NOT_GRANTED_CALL` "This call has not been granted",
 * 403 `INVALID_CREDENTIAL` "This credential does not exist", 404 `Client::NotFound`). `userMessage` says in Polish
 * or English what went wrong and who can fix it, quoting OVH's own words.
 */
export type OvhErrorKind =
  | 'invalid-signature'
  | 'invalid-key'
  | 'invalid-credential'
  | 'not-granted'
  | 'time'
  | 'not-found'
  | 'bad-request'
  | 'conflict'
  | 'unavailable'
  | 'timeout'
  | 'network'
  | 'invalid-response'

type Lang = 'pl' | 'en'

export type OvhErrorDetails = {
  /** HTTP status of OVH's answer; 0 when there was none (timeout, network). */
  status: number
  /** OVH's `errorCode` (INVALID_SIGNATURE, NOT_GRANTED_CALL, …) when it sent one. */
  errorCode?: string
  /** OVH's `message`, or what happened when OVH did not answer. */
  ovhMessage: string
  /** The call, as its access rule names it: `GET /order/cart/*\/domain`. */
  call: string
  /** OVH's `X-Ovh-Queryid`, to quote to OVH's support. */
  queryId?: string
  timeoutMs?: number
}

const kindOf = ({ status, errorCode, ovhMessage }: Pick<OvhErrorDetails, 'status' | 'errorCode' | 'ovhMessage'>, fallback?: OvhErrorKind): OvhErrorKind => {
  if (fallback) return fallback
  // OVH's clock check; matched by words too, in case a gateway answers it without the code.
  if (status === 400 && !errorCode && /out of time|timestamp/i.test(ovhMessage)) return 'time'
  switch (errorCode) {
    case 'INVALID_SIGNATURE':
      return 'invalid-signature'
    case 'INVALID_KEY':
      return 'invalid-key'
    case 'INVALID_CREDENTIAL':
    case 'NOT_CREDENTIAL':
      return 'invalid-credential'
    case 'NOT_GRANTED_CALL':
    case 'FORBIDDEN':
      return 'not-granted'
    case 'QUERY_TIME_OUT':
      return 'time'
  }
  if (status === 404) return 'not-found'
  if (status === 409) return 'conflict'
  if (status >= 500) return 'unavailable'
  return 'bad-request'
}

/** Whole seconds, at least one (a 300 ms limit is "1 s", never "0 s"). */
const seconds = (ms = 0) => Math.max(1, Math.ceil(ms / 1000))

const TEXTS: Record<OvhErrorKind, Record<Lang, (e: OvhErrorDetails) => string>> = {
  'invalid-signature': {
    pl: (e) =>
      `OVH odrzuciło podpis zapytania (${e.errorCode ?? 'INVALID_SIGNATURE'}: „${e.ovhMessage}”): sekret aplikacji (OVH_APPLICATION_SECRET) nie pasuje do klucza aplikacji lub klucza konsumenta. Administrator platformy musi poprawić konfigurację OVH.`,
    en: (e) =>
      `OVH rejected the request signature (${e.errorCode ?? 'INVALID_SIGNATURE'}: "${e.ovhMessage}"): the application secret (OVH_APPLICATION_SECRET) does not match the application or consumer key. The platform administrator must fix the OVH configuration.`,
  },
  'invalid-key': {
    pl: (e) => `OVH nie zna klucza aplikacji (${e.errorCode ?? 'INVALID_KEY'}: „${e.ovhMessage}”). Administrator platformy musi sprawdzić OVH_APPLICATION_KEY.`,
    en: (e) =>
      `OVH does not know the application key (${e.errorCode ?? 'INVALID_KEY'}: "${e.ovhMessage}"). The platform administrator must check OVH_APPLICATION_KEY.`,
  },
  'invalid-credential': {
    pl: (e) =>
      `OVH nie przyjmuje klucza konsumenta (${e.errorCode ?? 'INVALID_CREDENTIAL'}: „${e.ovhMessage}”): klucz nie istnieje, wygasł albo nie został zatwierdzony. Administrator platformy musi utworzyć nowy klucz (npm run ovh:consumer-key) i ustawić OVH_CONSUMER_KEY.`,
    en: (e) =>
      `OVH does not accept the consumer key (${e.errorCode ?? 'INVALID_CREDENTIAL'}: "${e.ovhMessage}"): it does not exist, has expired or was never validated. The platform administrator must request a new one (npm run ovh:consumer-key) and set OVH_CONSUMER_KEY.`,
  },
  'not-granted': {
    pl: (e) =>
      `Klucz konsumenta OVH nie ma uprawnienia do wywołania ${e.call} (${e.errorCode ?? 'NOT_GRANTED_CALL'}: „${e.ovhMessage}”). Administrator platformy musi utworzyć nowy klucz z uprawnieniami wtyczki (npm run ovh:consumer-key).`,
    en: (e) =>
      `The OVH consumer key is not allowed to call ${e.call} (${e.errorCode ?? 'NOT_GRANTED_CALL'}: "${e.ovhMessage}"). The platform administrator must request a new key with the plugin's access rules (npm run ovh:consumer-key).`,
  },
  time: {
    pl: (e) =>
      `OVH odrzuciło zapytanie, bo zegar serwera różni się od zegara OVH (${e.errorCode ?? 'QUERY_TIME_OUT'}: „${e.ovhMessage}”). Spróbuj ponownie za chwilę.`,
    en: (e) =>
      `OVH rejected the request because the server's clock differs from OVH's (${e.errorCode ?? 'QUERY_TIME_OUT'}: "${e.ovhMessage}"). Please try again in a moment.`,
  },
  'not-found': {
    pl: (e) => `OVH nie znalazło tego, o co pytało ${e.call}: „${e.ovhMessage}”.`,
    en: (e) => `OVH did not find what ${e.call} asked for: "${e.ovhMessage}".`,
  },
  'bad-request': {
    pl: (e) => `OVH odrzuciło zapytanie ${e.call}: „${e.ovhMessage}”.`,
    en: (e) => `OVH refused ${e.call}: "${e.ovhMessage}".`,
  },
  conflict: {
    pl: (e) => `OVH zgłosiło konflikt przy ${e.call}: „${e.ovhMessage}”.`,
    en: (e) => `OVH reported a conflict on ${e.call}: "${e.ovhMessage}".`,
  },
  unavailable: {
    pl: (e) => `OVH jest chwilowo niedostępne (HTTP ${e.status}: „${e.ovhMessage}”). Spróbuj ponownie za kilka minut.`,
    en: (e) => `OVH is unavailable at the moment (HTTP ${e.status}: "${e.ovhMessage}"). Please try again in a few minutes.`,
  },
  timeout: {
    pl: (e) => `OVH nie odpowiedziało w ciągu ${seconds(e.timeoutMs)} s. Spróbuj ponownie za chwilę.`,
    en: (e) => `OVH did not answer within ${seconds(e.timeoutMs)} s. Please try again in a moment.`,
  },
  network: {
    pl: (e) => `Nie udało się połączyć z OVH (${e.ovhMessage}). Spróbuj ponownie za chwilę.`,
    en: (e) => `Could not connect to OVH (${e.ovhMessage}). Please try again in a moment.`,
  },
  'invalid-response': {
    pl: (e) => `OVH odpowiedziało na ${e.call} w nieoczekiwany sposób (HTTP ${e.status}). Spróbuj ponownie za chwilę.`,
    en: (e) => `OVH answered ${e.call} in an unexpected way (HTTP ${e.status}). Please try again in a moment.`,
  },
}

export class OvhError extends Error {
  readonly kind: OvhErrorKind
  readonly status: number
  readonly errorCode?: string
  readonly ovhMessage: string
  readonly call: string
  readonly queryId?: string
  // A private field: not logged twice beside the public ones.
  readonly #details: OvhErrorDetails

  constructor(details: OvhErrorDetails, kind?: OvhErrorKind) {
    super(`OVH ${details.call}: ${details.status || 'no answer'} ${details.errorCode ?? ''} ${details.ovhMessage}`.replace(/\s+/g, ' ').trim())
    this.name = 'OvhError'
    this.#details = details
    this.kind = kindOf(details, kind)
    this.status = details.status
    this.errorCode = details.errorCode
    this.ovhMessage = details.ovhMessage
    this.call = details.call
    this.queryId = details.queryId
  }

  /** What OVH said and about which call, as data to keep (a domain order stores it and shows `userMessage` later). */
  get details(): OvhErrorDetails {
    return { ...this.#details }
  }

  /** What happened and who can fix it, in the person's language. */
  userMessage(lang: Lang): string {
    return TEXTS[this.kind][lang](this.#details)
  }

  /** Whether trying the same call again later may succeed (OVH down, slow or the clocks apart), as opposed to a configuration or input problem. */
  get isTransient(): boolean {
    return this.kind === 'unavailable' || this.kind === 'timeout' || this.kind === 'network' || this.kind === 'time'
  }
}

export const isOvhError = (error: unknown): error is OvhError => error instanceof OvhError
