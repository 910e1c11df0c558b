/** A section's heading at the level the page gives it. */
export function Heading({ level, id, children }: { level: 'h1' | 'h2'; id?: string; children: string }) {
  const Tag = level
  return <Tag id={id}>{children}</Tag>
}
