/**
 * A plugin's admin texts, merged into Payload's custom translations under the
 * plugin's name, so `t('booking:calendar')` finds them and two plugins' keys
 * never collide. Both languages must carry the same keys.
 */
import type { Config } from 'payload'

export type PluginTranslations = { pl: Record<string, string>; en: Record<string, string> }

export const mergeTranslations = (i18n: Config['i18n'], plugin: string, translations: PluginTranslations): Config['i18n'] => {
  const missing = [
    ...Object.keys(translations.pl)
      .filter((key) => !(key in translations.en))
      .map((key) => `en.${key}`),
    ...Object.keys(translations.en)
      .filter((key) => !(key in translations.pl))
      .map((key) => `pl.${key}`),
  ]
  if (missing.length) throw new Error(`Plugin "${plugin}" translations lack ${missing.join(', ')}`)
  const existing = (i18n?.translations ?? {}) as Record<string, Record<string, unknown>>
  if (existing.pl?.[plugin] || existing.en?.[plugin]) throw new Error(`Translations for "${plugin}" exist already`)
  return {
    ...i18n,
    translations: {
      ...existing,
      pl: { ...existing.pl, [plugin]: translations.pl },
      en: { ...existing.en, [plugin]: translations.en },
    },
  }
}

type Translator = { t: (key: never) => string }

/**
 * A plugin's texts with a typed reader: `const texts = definePluginTranslations('example', { pl: {...}, en: {...} })`,
 * then `translations: texts.translations` in the contribution and `texts.t(i18n, 'notes')` in a component
 * (the admin's `req.i18n` on the server, `useTranslation().i18n` in the browser).
 */
export const definePluginTranslations = <Keys extends string>(plugin: string, translations: { pl: Record<Keys, string>; en: Record<Keys, string> }) => ({
  translations,
  // Payload types `t` with its own keys only; the plugin's namespaced keys are checked here instead.
  t: (i18n: Translator, key: Keys): string => (i18n.t as unknown as (key: string) => string)(`${plugin}:${key}`),
})
