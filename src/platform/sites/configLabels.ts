/**
 * Pure: a site configuration's paths as an owner reads them. `['pages', 1, 'sections', 0, 'heading', 'pl']`
 * becomes "O mnie › Baner główny › Nagłówek (PL)": the page's title, the section's label, the field's label
 * and the language, in the admin's language. Used for validation messages (a refused save) and for the
 * compared versions' diff. Free of imports but types, so the admin's browser code uses it too.
 */
import type { Lang } from '../i18n/format'
import type { Gender } from '../i18n/zodMessages'

export type FieldLabel = { en: string; pl: string; gender?: Gender }

const l = (en: string, pl: string, gender: Gender): FieldLabel => ({ en, pl, gender })

/** Labels of the field names sections use (core and plugins); other names are spelled out from camelCase. */
export const FIELD_LABELS: Record<string, FieldLabel> = {
  heading: l('Heading', 'Nagłówek', 'm'),
  subheading: l('Subheading', 'Podtytuł', 'm'),
  intro: l('Introduction', 'Wstęp', 'm'),
  body: l('Text', 'Treść', 'f'),
  text: l('Text', 'Tekst', 'm'),
  image: l('Image', 'Obraz', 'm'),
  images: l('Images', 'Obrazy', 'p'),
  photo: l('Photo', 'Zdjęcie', 'n'),
  cta: l('Button', 'Przycisk', 'm'),
  label: l('Label', 'Etykieta', 'f'),
  href: l('Link', 'Link', 'm'),
  items: l('Items', 'Pozycje', 'p'),
  title: l('Title', 'Tytuł', 'm'),
  description: l('Description', 'Opis', 'm'),
  price: l('Price', 'Cena', 'f'),
  members: l('People', 'Osoby', 'p'),
  name: l('Name', 'Imię i nazwisko', 'n'),
  role: l('Role', 'Rola', 'f'),
  bio: l('Bio', 'Biogram', 'm'),
  weeks: l('Weeks shown at a time (1–8)', 'Ile tygodni naraz (1–8)', 'n'),
  consentText: l('Consent sentence beside the checkbox', 'Zgoda przy polu wyboru', 'f'),
  limit: l('How many to show', 'Ile pokazać', 'n'),
  buttonLabel: l('Button label', 'Napis na przycisku', 'm'),
  email: l('Email', 'E-mail', 'm'),
  phone: l('Phone', 'Telefon', 'm'),
  address: l('Address', 'Adres', 'm'),
  showForm: l('Show the contact form', 'Pokaż formularz kontaktowy', 'n'),
  componentId: l('Component', 'Komponent', 'm'),
  height: l('Height (px)', 'Wysokość (px)', 'f'),
  alt: l('Alternative text', 'Tekst alternatywny', 'm'),
  mediaId: l('Image', 'Obraz', 'm'),
  slug: l('Address of the page', 'Adres podstrony', 'm'),
  sections: l('Sections', 'Sekcje', 'p'),
  hidden: l('Hidden', 'Ukryta', 'f'),
  type: l('Section type', 'Rodzaj sekcji', 'm'),
  id: l('Section id', 'Identyfikator sekcji', 'm'),
  page: l('Page', 'Podstrona', 'f'),
  url: l('Address', 'Adres', 'm'),
  anchor: l('Section on the page', 'Sekcja na podstronie', 'f'),
  // Names visitor and admin endpoints' bodies use (readBody words their problems with these too).
  firstName: l('First name', 'Imię', 'n'),
  lastName: l('Last name', 'Nazwisko', 'n'),
  message: l('Message', 'Wiadomość', 'f'),
  note: l('Note', 'Notatka', 'f'),
  locale: l('Language', 'Język', 'm'),
  timeZone: l('Time zone', 'Strefa czasowa', 'f'),
  tz: l('Time zone', 'Strefa czasowa', 'f'),
  startTime: l('Start', 'Początek', 'm'),
  endTime: l('End', 'Koniec', 'm'),
  consent: l('Consent', 'Zgoda', 'f'),
  frequency: l('Frequency', 'Częstotliwość', 'f'),
  period: l('Billing period', 'Okres rozliczeniowy', 'm'),
  plan: l('Plan', 'Plan', 'm'),
  rating: l('Rating', 'Ocena', 'f'),
  content: l('Content', 'Treść', 'f'),
  domain: l('Domain', 'Domena', 'f'),
  password: l('Password', 'Hasło', 'n'),
  versionId: l('Version', 'Wersja', 'f'),
}

/** The top-level parts of a config and the keys inside them whose meaning differs from a section's field of that name. */
const TOP: Record<string, FieldLabel> = {
  theme: l('Theme', 'Motyw', 'm'),
  locales: l('Languages', 'Języki', 'p'),
  seo: l('SEO', 'SEO', 'n'),
  pages: l('Pages', 'Podstrony', 'p'),
  navigation: l('Navigation', 'Nawigacja', 'f'),
}
const NESTED: Record<string, Record<string, FieldLabel>> = {
  theme: {
    // Said by the colour or font itself ("Motyw › Kolor główny").
    colors: l('', '', 'p'),
    fonts: l('', '', 'p'),
    primary: l('Main colour', 'Kolor główny', 'm'),
    secondary: l('Second colour', 'Kolor dodatkowy', 'm'),
    accent: l('Accent colour', 'Kolor akcentu', 'm'),
    background: l('Background colour', 'Kolor tła', 'm'),
    text: l('Text colour', 'Kolor tekstu', 'm'),
    heading: l('Headings font', 'Czcionka nagłówków', 'f'),
    body: l('Text font', 'Czcionka tekstu', 'f'),
  },
  locales: { default: l('Default language', 'Język domyślny', 'm'), enabled: l('Languages on the site', 'Języki strony', 'p') },
  seo: {
    title: l('Title in search results', 'Tytuł w wynikach wyszukiwania', 'm'),
    description: l('Description in search results', 'Opis w wynikach wyszukiwania', 'm'),
    image: l('Image for sharing', 'Obraz do udostępniania', 'm'),
  },
}

/** A field name's label: known names from FIELD_LABELS, others spelled out (`consentText` → "Consent text"). */
export const fieldLabelOf = (name: string): FieldLabel => {
  const known = Object.prototype.hasOwnProperty.call(FIELD_LABELS, name) ? FIELD_LABELS[name] : undefined
  if (known) return known
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase()
  const spelled = words.charAt(0).toUpperCase() + words.slice(1)
  // An unknown name's gender is unknown: "…: to pole jest wymagane".
  return { en: spelled, pl: spelled }
}

export const fieldLabel = (name: string, lang: Lang): string => fieldLabelOf(name)[lang]

export type SectionLabelOf = (type: string) => { en: string; pl: string } | undefined

export type LabelledPath = {
  /** "O mnie › Baner główny › Nagłówek (PL)". */
  label: string
  /** The last label's gender in Polish (undefined: unknown), for "jest wymagany/wymagana/wymagane". */
  gender?: Gender
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value)

/** A short text of a localized value in `lang` (or the other language), or undefined. */
const textOf = (value: unknown, lang: Lang, max = 40): string | undefined => {
  const candidates = typeof value === 'string' ? [value] : isObject(value) ? [value[lang], value[lang === 'pl' ? 'en' : 'pl']] : []
  const raw = candidates.find((candidate): candidate is string => typeof candidate === 'string' && Boolean(candidate.trim()))
  if (!raw) return undefined
  const text = raw.trim().replace(/\s+/g, ' ')
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

const ordinal = (index: number, lang: Lang) => (lang === 'pl' ? `nr ${index + 1}` : `no. ${index + 1}`)

/**
 * Labels a config path for an owner. `config` is the configuration the path points into (the names of pages
 * and list items come from it); `sectionLabel` gives a section type's name (the section registry on the server).
 */
export const labelConfigPath = (
  path: readonly PropertyKey[],
  { config, lang, sectionLabel }: { config: unknown; lang: Lang; sectionLabel?: SectionLabelOf },
): LabelledPath => {
  const parts: string[] = []
  let gender: Gender | undefined
  let node: unknown = config
  let context: string | undefined
  const push = (label: FieldLabel | undefined, fallback: string) => {
    const text = label ? label[lang] : fallback
    if (!text) return
    parts.push(text)
    gender = label?.gender
  }
  for (let at = 0; at < path.length; at++) {
    const key = path[at]
    const parent = path[at - 1]
    const child = typeof key === 'number' ? (Array.isArray(node) ? node[key] : undefined) : isObject(node) ? node[String(key)] : undefined
    if (at === 0 && typeof key === 'string' && TOP[key]) {
      context = key
      // "Podstrony" and "Nawigacja" are not said before the page or item they hold.
      if (key !== 'pages' || typeof path[1] !== 'number') push(TOP[key], key)
    } else if (typeof key === 'number' && at === 1 && context === 'pages') {
      parts.push(
        textOf(isObject(child) ? child.title : undefined, lang) ??
          (isObject(child) && typeof child.slug === 'string' ? child.slug : `${lang === 'pl' ? 'Podstrona' : 'Page'} ${ordinal(key, lang)}`),
      )
      gender = 'f'
    } else if (typeof key === 'number' && parent === 'sections' && at === 3 && context === 'pages') {
      const type = isObject(child) && typeof child.type === 'string' ? child.type : undefined
      const named = type ? sectionLabel?.(type) : undefined
      const siblings = Array.isArray(node) ? node.filter((item) => isObject(item) && item.type === type).length : 0
      const base = named ? named[lang] : (type ?? (lang === 'pl' ? 'Sekcja' : 'Section'))
      // Two sections of one type on a page: "Usługi nr 2".
      const sameBefore = Array.isArray(node) ? node.slice(0, key).filter((item) => isObject(item) && item.type === type).length : 0
      // The section list itself was said by its page; replace "Sekcje" with the section.
      if (parts[parts.length - 1] === FIELD_LABELS.sections[lang]) parts.pop()
      parts.push(siblings > 1 ? `${base} ${ordinal(sameBefore, lang)}` : base)
      gender = 'f'
    } else if (typeof key === 'number') {
      // An item of a list: its own title or name when it has one ("Osoby › Anna Nowak"), else its number.
      const own = isObject(child) ? (textOf(child.title, lang) ?? textOf(child.name, lang) ?? textOf(child.label, lang)) : undefined
      parts.push(own ?? ordinal(key, lang))
    } else if ((key === 'pl' || key === 'en') && parts.length && at === path.length - 1) {
      parts[parts.length - 1] = `${parts[parts.length - 1]} (${key.toUpperCase()})`
    } else if (typeof key === 'string') {
      const nested = context && at <= 3 ? NESTED[context]?.[key] : undefined
      push(nested ?? fieldLabelOf(key), key)
    }
    node = child
  }
  return { label: parts.join(' › '), gender }
}
