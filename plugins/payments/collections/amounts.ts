/**
 * Money is whole grosze (1 PLN = 100): never floats, as P24 counts it. A custom `validate` replaces Payload's own,
 * required check included, so this one checks presence too.
 */
export const wholeGrosze =
  ({ positive = false, required = false }: { positive?: boolean; required?: boolean }) =>
  (value: unknown): true | string => {
    if (value === null || value === undefined) return required ? 'This field is required.' : true
    if (typeof value !== 'number' || !Number.isInteger(value)) return 'Give the amount in whole grosze (1 PLN = 100).'
    if (positive ? value <= 0 : value < 0) return positive ? 'The amount must be more than 0.' : 'The amount must not be negative.'
    return true
  }
