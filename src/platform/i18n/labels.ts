/** Admin labels in both languages of the platform. */
export type Bilingual = { en: string; pl: string }

export const t = (en: string, pl: string): Bilingual => ({ en, pl })

export const labels = (singular: Bilingual, plural: Bilingual) => ({ singular, plural })
