/** A view text with its `{name}` values filled in; an unknown name stays as written, so a missing value shows. */
export const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole))
