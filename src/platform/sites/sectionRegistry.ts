/**
 * Section validators keyed by section `type`. The core types are registered
 * here; a plugin registers its own through the contract's `sections[].schema`
 * and may add fields to any registered type through `sectionFields`
 * (definePlatformPlugin). A section whose type nobody registered is rejected.
 */
import { z } from 'zod'

import { t } from '../i18n/labels'
import { PARSE_OPTIONS, REQUIRED, zodText } from '../i18n/zodMessages'

/** A text a visitor reads, in both languages. */
export const localizedText = z.strictObject({ pl: z.string().trim().min(1, REQUIRED), en: z.string().trim().min(1, REQUIRED) })
/** An image or file from the media library, always referenced this way (see collectMediaIds). */
export const mediaRef = z.strictObject({
  mediaId: z.union([z.string().min(1), z.number().int().positive()], {
    error: zodText(t('choose an image from the media library', 'wybierz obraz z biblioteki mediów')),
  }),
  alt: localizedText.optional(),
})
const link = z.string().refine((href) => href.startsWith('/') || href.startsWith('#') || /^https?:\/\//.test(href) || /^mailto:|^tel:/.test(href), {
  message: zodText(
    t('enter a link starting with / or # or http(s):// or mailto: or tel:', 'wpisz link zaczynający się od / lub # lub http(s):// lub mailto: lub tel:'),
  ),
})
const button = z.strictObject({ label: localizedText, href: link })
const id = z.union([z.string().min(1), z.number().int().positive()])

/** Fields every section may carry besides its own. */
const base = { type: z.string(), id: z.string().max(64).optional(), hidden: z.boolean().optional() }

/** Builds a strict section schema from the type's own fields. */
export const sectionSchema = <Shape extends z.ZodRawShape>(shape: Shape) => z.strictObject({ ...base, ...shape })

/** The name the admin editor shows for a section type, in both languages. */
export type SectionLabel = { en: string; pl: string }

/** Fields a plugin adds to a registered type: a zod shape, e.g. `{ badge: z.string().optional() }`. */
export type SectionFields = z.ZodRawShape

/** Each type's own schema as registered; what validates is that schema with the plugins' added fields (`effective`). */
const bases = new Map<string, z.ZodType>()
const registry = new Map<string, z.ZodType>()
const owners = new Map<string, string | undefined>()
const sectionLabels = new Map<string, SectionLabel>()
/** type → owner → the fields that owner added. */
const extensions = new Map<string, Map<string, SectionFields>>()

const rebuild = (type: string): void => {
  const base = bases.get(type)!
  const added = [...(extensions.get(type)?.values() ?? [])]
  registry.set(type, added.length ? (base as z.ZodObject).extend(Object.assign({}, ...added) as SectionFields) : base)
}

/**
 * Registers a section type's validator. `label` is what the admin editor calls the type (without one
 * it shows the type name). `owner` (a plugin's name) makes the call idempotent for that owner: the
 * same plugin applied again (a config built twice) replaces its own schema; anyone else registering
 * a taken type is an error.
 */
export const registerSectionType = (type: string, schema: z.ZodType, { owner, label }: { owner?: string; label?: SectionLabel } = {}): void => {
  if (!/^[a-zA-Z][\w/-]*$/.test(type)) throw new Error(`Invalid section type name "${type}"`)
  if (registry.has(type) && (owner === undefined || owners.get(type) !== owner)) throw new Error(`Section type "${type}" is already registered`)
  if (extensions.get(type)?.size && !(schema instanceof z.ZodObject))
    throw new Error(`Section type "${type}" has added fields, so its schema must be a sectionSchema({...})`)
  bases.set(type, schema)
  owners.set(type, owner)
  sectionLabels.set(type, label ?? { en: type, pl: type })
  rebuild(type)
}

/**
 * Adds `fields` (owned by the plugin `owner`) to the registered `type`'s strict schema, so saved
 * sections may carry them and the admin editor shows them. The same owner again replaces its own
 * fields; a field the type or another plugin already has is an error (no one redefines another's field).
 */
export const extendSectionType = (type: string, fields: SectionFields, { owner }: { owner: string }): void => {
  const base = bases.get(type)
  if (!base) throw new Error(`Plugin "${owner}" adds fields to the unknown section type "${type}"`)
  if (!(base instanceof z.ZodObject)) throw new Error(`Plugin "${owner}" cannot add fields to "${type}": its schema is not a sectionSchema({...})`)
  const byOwner = extensions.get(type) ?? new Map<string, SectionFields>()
  const taken = new Set([...Object.keys(base.shape), ...[...byOwner].filter(([other]) => other !== owner).flatMap(([, shape]) => Object.keys(shape))])
  const clashes = Object.keys(fields).filter((field) => taken.has(field))
  if (clashes.length) throw new Error(`Plugin "${owner}" adds fields section type "${type}" already has: ${clashes.join(', ')}`)
  byOwner.set(owner, fields)
  extensions.set(type, byOwner)
  rebuild(type)
}

export const sectionTypes = (): string[] => [...registry.keys()]

/** A registered type's name in both languages (undefined for an unknown type). */
export const sectionLabelOf = (type: string): SectionLabel | undefined => sectionLabels.get(type)

/** Every registered type with its validator and label, in registration order (for the admin editor's schema). */
export const registeredSections = (): { type: string; schema: z.ZodType; label: SectionLabel }[] =>
  [...registry.entries()].map(([type, schema]) => ({ type, schema, label: sectionLabels.get(type) ?? { en: type, pl: type } }))

/** Registered types' validators; used by the config schema for each `pages[].sections[]` entry. */
export const checkSection = (value: unknown, ctx: z.RefinementCtx): void => {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    ctx.addIssue({ code: 'custom', message: zodText(t('is not a section', 'to nie jest sekcja')), path: [] })
    return
  }
  const type = (value as { type?: unknown }).type
  if (typeof type !== 'string') {
    ctx.addIssue({ code: 'custom', message: REQUIRED, path: ['type'] })
    return
  }
  const schema = registry.get(type)
  if (!schema) {
    const text = t(
      `unknown section type "${type}" (known: ${sectionTypes().join(' / ')})`,
      `nieznany rodzaj sekcji „${type}” (znane: ${sectionTypes().join(' / ')})`,
    )
    ctx.addIssue({ code: 'custom', message: text.en, params: { text }, path: ['type'] })
    return
  }
  // The type's own issues keep what they say (code, limits, message), so they are worded like any other.
  const result = schema.safeParse(value, PARSE_OPTIONS)
  if (!result.success) for (const issue of result.error.issues) ctx.addIssue({ ...issue } as Parameters<typeof ctx.addIssue>[0])
}

// Types that show a plugin's data are registered by their plugins (the contract's `sections[].schema`).
const coreSections: Record<string, z.ZodType> = {
  hero: sectionSchema({ heading: localizedText, subheading: localizedText.optional(), image: mediaRef.optional(), cta: button.optional() }),
  about: sectionSchema({ heading: localizedText, body: localizedText, image: mediaRef.optional() }),
  services: sectionSchema({
    heading: localizedText,
    intro: localizedText.optional(),
    items: z
      .array(
        z.strictObject({
          title: localizedText,
          description: localizedText,
          price: localizedText.optional(),
          image: mediaRef.optional(),
        }),
      )
      .min(1),
  }),
  team: sectionSchema({
    heading: localizedText,
    members: z.array(z.strictObject({ name: z.string().trim().min(1), role: localizedText, bio: localizedText.optional(), photo: mediaRef.optional() })).min(1),
  }),
  contact: sectionSchema({
    heading: localizedText,
    intro: localizedText.optional(),
    email: z.email().optional(),
    phone: z
      .string()
      .regex(/^\+?[\d ()-]{6,20}$/, zodText(t('enter a phone number (e.g. +48 600 100 200)', 'wpisz numer telefonu (np. +48 600 100 200)')))
      .optional(),
    address: localizedText.optional(),
    showForm: z.boolean().optional(),
  }),
  customComponent: sectionSchema({ componentId: id, heading: localizedText.optional(), height: z.number().int().min(50).max(4000).optional() }),
}

const coreLabels: Record<string, SectionLabel> = {
  hero: { en: 'Hero banner', pl: 'Baner główny' },
  about: { en: 'About', pl: 'O mnie' },
  services: { en: 'Services', pl: 'Usługi' },
  team: { en: 'Team', pl: 'Zespół' },
  contact: { en: 'Contact', pl: 'Kontakt' },
  customComponent: { en: 'Custom component', pl: 'Własny komponent' },
}

for (const [type, schema] of Object.entries(coreSections)) registerSectionType(type, schema, { label: coreLabels[type] })
