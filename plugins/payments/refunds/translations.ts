import { definePluginTranslations } from '@platform'

/** The refund panel's texts (`payments:refund…`); `{amount}` is filled in with a formatted amount. */
export const refundTexts = definePluginTranslations('payments', {
  pl: {
    refundTitle: 'Zwrot płatności',
    refundLeft: 'Do zwrotu pozostało: {amount}',
    refundInFlight: 'W trakcie zwrotu: {amount}',
    refundAmount: 'Kwota zwrotu ({currency})',
    refundReason: 'Powód (opcjonalnie)',
    refundButton: 'Zwróć pieniądze',
    refundConfirm: 'Zwrócić płacącemu {amount}? Tej operacji nie można cofnąć.',
    refundRequested: 'Zlecono zwrot {amount}. Przelewy24 wkrótce go potwierdzą.',
    refundBadAmount: 'Podaj kwotę większą od zera, np. 12,50.',
    refundTooMuch: 'Można zwrócić najwyżej {amount}.',
    refundInProgress: 'Trwa inny zwrot tej płatności. Spróbuj ponownie, gdy się zakończy.',
    refundNotPaid: 'Tej płatności nie można już zwrócić.',
    refundRejected: 'Przelewy24 odrzuciły zwrot. Pieniądze nie zostały zwrócone.',
    refundUnavailable: 'Przelewy24 nie odpowiedziały. Zwrot czeka na ich potwierdzenie – nie zlecaj go ponownie.',
    refundForbidden: 'Nie masz uprawnień do zwrotu tej płatności.',
    refundFailed: 'Nie udało się zlecić zwrotu. Spróbuj ponownie później.',
  },
  en: {
    refundTitle: 'Refund',
    refundLeft: 'Left to refund: {amount}',
    refundInFlight: 'Refund in progress: {amount}',
    refundAmount: 'Amount to refund ({currency})',
    refundReason: 'Reason (optional)',
    refundButton: 'Refund',
    refundConfirm: 'Refund {amount} to the payer? This cannot be undone.',
    refundRequested: 'A refund of {amount} was requested. Przelewy24 will confirm it shortly.',
    refundBadAmount: 'Give an amount above zero, e.g. 12.50.',
    refundTooMuch: 'At most {amount} can be refunded.',
    refundInProgress: 'Another refund of this payment is in progress. Try again once it has finished.',
    refundNotPaid: 'This payment can no longer be refunded.',
    refundRejected: 'Przelewy24 refused the refund. No money was returned.',
    refundUnavailable: 'Przelewy24 did not answer. The refund waits for their confirmation – do not request it again.',
    refundForbidden: 'You may not refund this payment.',
    refundFailed: 'The refund could not be requested. Try again later.',
  },
})

export type RefundTextKey = keyof typeof refundTexts.translations.en
export type RefundLabels = Record<RefundTextKey, string>
