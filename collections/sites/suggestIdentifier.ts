/** Pure: a site identifier suggested from its name ("Łódzkie Studio Jogi" → "lodzkie-studio-jogi"). */
const SPECIAL: Record<string, string> = { ł: 'l', Ł: 'l', ß: 'ss', æ: 'ae', ø: 'o', đ: 'd' }

export const suggestIdentifier = (name: string): string => {
  const ascii = name
    .replace(/[łŁßæøđ]/g, (char) => SPECIAL[char] ?? char)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
  const slug = ascii
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '')
  return slug
}
