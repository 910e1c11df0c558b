import slugify from 'slugify'

/** An event's address part from its title, Polish letters transliterated: `Weekend z jogą w Łodzi` → `weekend-z-joga-w-lodzi`. */
export const slugFromTitle = (title: string): string => slugify(title, { lower: true, strict: true, locale: 'pl' }).slice(0, 80).replace(/-+$/, '')

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
