/** Labels of the config's field names in the admin's language: the platform's one table (also used by validation messages). */
import { fieldLabel as labelIn } from '../../../../src/platform/sites/configLabels'

export const fieldLabel = (name: string, pl: boolean): string => labelIn(name, pl ? 'pl' : 'en')
