import type { FieldHook } from 'payload'

/** Emails are compared case-insensitively everywhere, so they are stored lower-cased and trimmed. */
export const normalizeEmail: FieldHook = ({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)
