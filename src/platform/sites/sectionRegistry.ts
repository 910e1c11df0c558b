/**
 * Section validators keyed by section `type`. The core types are registered
 * here; a plugin adds its own with `registerSectionType('my-plugin/gallery', schema)`
 * (in its module scope or onInit). A section whose type nobody registered is rejected.
 */
import { z } from 'zod'

/** A text a visitor reads, in both languages. */
export const localizedText = z.strictObject({ pl: z.string().trim().min(1, 'Required'), en: z.string().trim().min(1, 'Required') })
/** An image or file from the media library, always referenced this way (see collectMediaIds). */
export const mediaRef = z.strictObject({
  mediaId: z.union([z.string().min(1), z.number().int().positive()], { error: 'Expected a media id' }),
  alt: localizedText.optional(),
})
const link = z.string().refine((href) => href.startsWith('/') || href.startsWith('#') || /^https?:\/\//.test(href) || /^mailto:|^tel:/.test(href), {
  message: 'Expected a link starting with /, #, http(s)://, mailto: or tel:',
})
const button = z.strictObject({ label: localizedText, href: link })
const id = z.union([z.string().min(1), z.number().int().positive()])
const limit = z.number().int().min(1).max(50)

/** Fields every section may carry besides its own. */
const base = { type: z.string(), id: z.string().max(64).optional(), hidden: z.boolean().optional() }

/** Builds a strict section schema from the type's own fields. */
export const sectionSchema = <Shape extends z.ZodRawShape>(shape: Shape) => z.strictObject({ ...base, ...shape })

/** The name the admin editor shows for a section type, in both languages. */
export type SectionLabel = { en: string; pl: string }

const registry = new Map<string, z.ZodType>()
const owners = new Map<string, string | undefined>()
const sectionLabels = new Map<string, SectionLabel>()

/**
 * Registers a section type's validator. `label` is what the admin editor calls the type (without one
 * it shows the type name). `owner` (a plugin's name) makes the call idempotent for that owner: the
 * same plugin applied again (a config built twice) replaces its own schema; anyone else registering
 * a taken type is an error.
 */
export const registerSectionType = (
  type: string,
  schema: z.ZodType,
  { owner, label }: { owner?: string; label?: SectionLabel } = {},
): void => {
  if (!/^[a-zA-Z][\w/-]*$/.test(type)) throw new Error(`Invalid section type name "${type}"`)
  if (registry.has(type) && (owner === undefined || owners.get(type) !== owner)) throw new Error(`Section type "${type}" is already registered`)
  registry.set(type, schema)
  owners.set(type, owner)
  sectionLabels.set(type, label ?? { en: type, pl: type })
}

export const sectionTypes = (): string[] => [...registry.keys()]

/** Every registered type with its validator and label, in registration order (for the admin editor's schema). */
export const registeredSections = (): { type: string; schema: z.ZodType; label: SectionLabel }[] =>
  [...registry.entries()].map(([type, schema]) => ({ type, schema, label: sectionLabels.get(type) ?? { en: type, pl: type } }))

/** Registered types' validators; used by the config schema for each `pages[].sections[]` entry. */
export const checkSection = (value: unknown, ctx: z.RefinementCtx): void => {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    ctx.addIssue({ code: 'custom', message: 'Expected a section object', path: [] })
    return
  }
  const type = (value as { type?: unknown }).type
  if (typeof type !== 'string') {
    ctx.addIssue({ code: 'custom', message: 'Required', path: ['type'] })
    return
  }
  const schema = registry.get(type)
  if (!schema) {
    ctx.addIssue({ code: 'custom', message: `Unknown section type "${type}" (known: ${sectionTypes().join(', ')})`, path: ['type'] })
    return
  }
  const result = schema.safeParse(value, {
    error: (issue) => (issue.code === 'invalid_type' && issue.input === undefined ? 'Required' : undefined),
  })
  if (!result.success) for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path })
}

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
  // What the booking widget reads (plugins/booking/sections): the weeks its day picker shows at a time and the consent sentence.
  booking: sectionSchema({ heading: localizedText, intro: localizedText.optional(), weeks: z.number().int().min(1).max(8).optional(), consentText: localizedText.optional() }),
  testimonials: sectionSchema({ heading: localizedText, limit: limit.optional() }),
  newsletter: sectionSchema({ heading: localizedText, intro: localizedText.optional(), buttonLabel: localizedText.optional() }),
  bigEvents: sectionSchema({ heading: localizedText, intro: localizedText.optional(), limit: limit.optional() }),
  contact: sectionSchema({
    heading: localizedText,
    intro: localizedText.optional(),
    email: z.email().optional(),
    phone: z.string().regex(/^\+?[\d ()-]{6,20}$/, 'Expected a phone number').optional(),
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
  booking: { en: 'Booking', pl: 'Rezerwacje' },
  testimonials: { en: 'Testimonials', pl: 'Opinie' },
  newsletter: { en: 'Newsletter', pl: 'Newsletter' },
  bigEvents: { en: 'Workshops and events', pl: 'Warsztaty i wydarzenia' },
  contact: { en: 'Contact', pl: 'Kontakt' },
  customComponent: { en: 'Custom component', pl: 'Własny komponent' },
}

for (const [type, schema] of Object.entries(coreSections)) registerSectionType(type, schema, { label: coreLabels[type] })
