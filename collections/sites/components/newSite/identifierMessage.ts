/** Pure: the identifier rule's message (collections/sites/validateIdentifier.ts) in the admin's language. */
import { checkIdentifier } from '../../validateIdentifier'

export const identifierMessage = (value: string, pl: boolean): string | undefined => {
  const result = checkIdentifier(value)
  if (result === true) return undefined
  if (!pl) return result
  if (result.startsWith('An identifier is required')) return 'Identyfikator jest wymagany.'
  if (result.startsWith('The identifier must be')) return 'Identyfikator musi mieć od 3 do 63 znaków.'
  if (result.startsWith('Use lower-case')) return 'Używaj małych liter, cyfr i pojedynczych myślników (nie na początku ani na końcu).'
  if (result.includes('two hyphens')) return 'Identyfikator nie może zawierać dwóch myślników z rzędu.'
  if (result.includes('is reserved')) return `„${value}” jest zarezerwowany; wybierz inny identyfikator.`
  return result
}
