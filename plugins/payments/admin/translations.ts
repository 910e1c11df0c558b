import { definePluginTranslations } from '@platform'
import { BILLING_TEXT } from './texts'

/** The billing view's texts in Payload's i18n under `payments:` (both languages checked for the same keys). */
export const billingTranslations = definePluginTranslations('payments', BILLING_TEXT)
