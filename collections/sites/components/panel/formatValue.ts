/** Pure: a diff value shown in one short line (texts quoted, objects as compact JSON, cut at `max` characters). */
export const formatValue = (value: unknown, max = 80): string => {
  const text = value === undefined ? '—' : typeof value === 'string' ? `"${value}"` : JSON.stringify(value)
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}
