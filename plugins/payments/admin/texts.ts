/**
 * The billing view's texts, Polish and English, with `{name}` placeholders (fill()). A plain module so the
 * browser components read it too; the plugin also registers it with Payload's i18n (translations.ts).
 */
const pl = {
  title: 'Plan i płatności',
  yourPlan: 'Twój plan',
  validUntil: 'ważny do {date}',
  noEnd: 'bez terminu ważności',
  freeNote: 'Plan darmowy nie wygasa. Kup wyższy plan, by mieć więcej.',
  ended: 'Plan {plan} zakończył się {date}. Obowiązuje plan {free}.',
  endedNoFree: 'Plan {plan} zakończył się {date}.',
  noPlan: 'Nie masz jeszcze planu.',
  plans: 'Plany',
  period: 'Okres rozliczenia',
  monthly: 'Miesięcznie',
  yearly: 'Rocznie',
  buy: 'Kup',
  renew: 'Przedłuż',
  buyPlan: 'Kup plan {plan}',
  renewPlan: 'Przedłuż plan {plan}',
  current: 'Twój obecny plan',
  redirecting: 'Przekierowanie do Przelewy24…',
  history: 'Historia płatności',
  date: 'Data',
  description: 'Opis',
  amount: 'Kwota',
  status: 'Status',
  receipt: 'Potwierdzenie',
  downloadReceipt: 'Pobierz PDF',
  noPayments: 'Nie ma jeszcze żadnych płatności.',
  statusPending: 'Oczekująca',
  statusPaid: 'Opłacona',
  statusFailed: 'Nieudana',
  statusExpired: 'Wygasła',
  statusRefunded: 'Zwrócona',
  statusPartiallyRefunded: 'Częściowo zwrócona',
  statusNeedsReview: 'Sprawdzana',
  processing: 'Płatność w trakcie przetwarzania… Czekamy na potwierdzenie z Przelewy24.',
  paidUntil: 'Płatność przyjęta – plan {plan} aktywny do {date}.',
  paidNoEnd: 'Płatność przyjęta – plan {plan} jest aktywny.',
  paid: 'Płatność przyjęta.',
  failed: 'Płatność nie powiodła się. Możesz spróbować ponownie.',
  expired: 'Płatność wygasła, bo nie została dokończona. Możesz spróbować ponownie.',
  review: 'Płatność sprawdza nasz zespół; plan włączy się po jej potwierdzeniu.',
  refunded: 'Ta płatność została zwrócona.',
  timeout: 'Potwierdzenie z Przelewy24 jeszcze nie dotarło. Jeśli płatność została wykonana, plan włączy się sam – odśwież stronę za kilka minut.',
  missing: 'Nie znaleziono tej płatności.',
  errorSignIn: 'Sesja wygasła – zaloguj się ponownie.',
  errorPlan: 'Tego planu nie można teraz kupić. Odśwież stronę i spróbuj ponownie.',
  errorTooMany: 'Zbyt wiele prób. Spróbuj ponownie za chwilę.',
  errorUnavailable: 'Płatności są chwilowo niedostępne. Spróbuj ponownie za chwilę.',
  errorNetwork: 'Nie udało się połączyć z serwerem. Sprawdź połączenie i spróbuj ponownie.',
  resume: 'Wracamy do Twojego konta…',
}

const en: typeof pl = {
  title: 'Plan and billing',
  yourPlan: 'Your plan',
  validUntil: 'valid until {date}',
  noEnd: 'with no end date',
  freeNote: 'The free plan does not expire. Buy a higher plan to get more.',
  ended: 'Your {plan} plan ended on {date}. The {free} plan applies.',
  endedNoFree: 'Your {plan} plan ended on {date}.',
  noPlan: 'You have no plan yet.',
  plans: 'Plans',
  period: 'Billing period',
  monthly: 'Monthly',
  yearly: 'Yearly',
  buy: 'Buy',
  renew: 'Renew',
  buyPlan: 'Buy the {plan} plan',
  renewPlan: 'Renew the {plan} plan',
  current: 'Your current plan',
  redirecting: 'Taking you to Przelewy24…',
  history: 'Payment history',
  date: 'Date',
  description: 'Description',
  amount: 'Amount',
  status: 'Status',
  receipt: 'Receipt',
  downloadReceipt: 'Download PDF',
  noPayments: 'No payments yet.',
  statusPending: 'Pending',
  statusPaid: 'Paid',
  statusFailed: 'Failed',
  statusExpired: 'Expired',
  statusRefunded: 'Refunded',
  statusPartiallyRefunded: 'Partially refunded',
  statusNeedsReview: 'Being checked',
  processing: 'Payment processing… Waiting for the confirmation from Przelewy24.',
  paidUntil: 'Payment received – the {plan} plan is active until {date}.',
  paidNoEnd: 'Payment received – the {plan} plan is active.',
  paid: 'Payment received.',
  failed: 'The payment failed. You can try again.',
  expired: 'The payment expired before it was finished. You can try again.',
  review: 'Our team is checking this payment; the plan starts once it is confirmed.',
  refunded: 'This payment was refunded.',
  timeout: 'The confirmation from Przelewy24 has not arrived yet. If you paid, the plan starts by itself – reload this page in a few minutes.',
  missing: 'This payment was not found.',
  errorSignIn: 'Your session has ended – sign in again.',
  errorPlan: 'This plan cannot be bought now. Reload the page and try again.',
  errorTooMany: 'Too many attempts. Try again in a moment.',
  errorUnavailable: 'Payments are unavailable at the moment. Try again in a moment.',
  errorNetwork: 'Could not reach the server. Check your connection and try again.',
  resume: 'Taking you back to your account…',
}

export const BILLING_TEXT = { pl, en }
export type BillingText = typeof pl

/** `fill('ważny do {date}', { date: '30 grudnia 2026' })`. */
export const fill = (text: string, values: Record<string, string>): string => text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole)

const STATUS_KEYS: Record<string, keyof BillingText> = {
  pending: 'statusPending',
  paid: 'statusPaid',
  failed: 'statusFailed',
  expired: 'statusExpired',
  refunded: 'statusRefunded',
  partially_refunded: 'statusPartiallyRefunded',
  needs_review: 'statusNeedsReview',
}

/** A payment status in words; an unknown one reads as pending rather than showing its raw name. */
export const statusLabel = (status: string | null | undefined, text: BillingText): string => text[STATUS_KEYS[status ?? 'pending'] ?? 'statusPending']

/** The message for a refused checkout, by HTTP status (the view speaks the owner's language, not the server's). */
export const checkoutErrorText = (status: number | 'network', text: BillingText): string => {
  if (status === 'network') return text.errorNetwork
  if (status === 401 || status === 403) return text.errorSignIn
  if (status === 429) return text.errorTooMany
  if (status === 400 || status === 404 || status === 409) return text.errorPlan
  return text.errorUnavailable
}
