/**
 * Renders nothing: for the audit fields kept for lists, filters and the API but not shown on the entry's page, which
 * says it all in the sentence and the before/after table (AuditEntry.tsx). Unlike `admin.condition`, this keeps the
 * columns required in the database.
 */
export function NotOnEntryPage() {
  return null
}
