import { definePluginTranslations } from '@platform'

/** Admin texts, merged into Payload's under `example:`; `texts.t(i18n, 'notes')` reads them, typed. */
export const texts = definePluginTranslations('example', {
  pl: { notes: 'Notatki', fromVisitor: 'od odwiedzającego' },
  en: { notes: 'Notes', fromVisitor: 'from a visitor' },
})
