import { t, validationMessage } from '@platform'

/**
 * Money is whole grosze (1 PLN = 100): never floats, as P24 counts it. A custom `validate` replaces Payload's own,
 * required check included, so this one checks presence too. Said in the admin's language.
 */
export const wholeGrosze =
  ({ positive = false, required = false }: { positive?: boolean; required?: boolean }) =>
  (value: unknown, { req }: { req?: unknown } = {}): true | string => {
    if (value === null || value === undefined) return required ? validationMessage(req, t('This field is required.', 'To pole jest wymagane.')) : true
    if (typeof value !== 'number' || !Number.isInteger(value))
      return validationMessage(req, t('Give the amount in whole grosze, e.g. 4900 for 49 zł.', 'Podaj kwotę w pełnych groszach, np. 4900 za 49 zł.'))
    if (positive ? value <= 0 : value < 0)
      return validationMessage(
        req,
        positive ? t('The amount must be more than 0.', 'Kwota musi być większa niż 0.') : t('The amount must not be negative.', 'Kwota nie może być ujemna.'),
      )
    return true
  }
