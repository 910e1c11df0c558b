import { t } from '../i18n/labels'
import { checkCustomizableEmails, findCustomizableEmail, isCustomizableEmail } from './customizableEmails'

const email = (slug: string) => ({ slug, name: t('Name', 'Nazwa'), description: t('To someone.', 'Do kogoś.') })
const group = (plugin: string, ...slugs: string[]) => ({ plugin, title: t('Group', 'Grupa'), emails: slugs.map(email) })

describe('declaring the emails owners may customise', () => {
  it('accepts distinct slugs with names and descriptions in both languages', () => {
    expect(() => checkCustomizableEmails([group('a', 'one')], [group('b', 'two', 'three')])).not.toThrow()
  })

  it('refuses a slug declared twice, across plugins or within one', () => {
    expect(() => checkCustomizableEmails([group('a', 'one')], [group('b', 'one')])).toThrow(/Two declarations of the customizable email "one"/)
    expect(() => checkCustomizableEmails([], [group('b', 'two', 'two')])).toThrow(/"two"/)
  })

  it('refuses a malformed slug or a missing translation', () => {
    expect(() => checkCustomizableEmails([], [group('b', 'Not A Slug')])).toThrow(/not a template slug/)
    expect(() =>
      checkCustomizableEmails([], [{ plugin: 'b', title: t('Group', 'Grupa'), emails: [{ ...email('x'), description: { en: 'To someone.', pl: '' } }] }]),
    ).toThrow(/English and Polish/)
    expect(() => checkCustomizableEmails([], [{ ...group('b', 'x'), title: { en: 'Group', pl: '' } }])).toThrow(/title/)
  })

  it('finds a declaration with its group, and nothing for other slugs', () => {
    const config = { custom: { platform: { customizableEmails: [group('a', 'one', 'two')] } } }
    expect(findCustomizableEmail(config, 'two')).toMatchObject({ slug: 'two', group: { pl: 'Grupa' } })
    expect(isCustomizableEmail(config, 'two')).toBe(true)
    expect(isCustomizableEmail(config, 'magic-link-login')).toBe(false)
    expect(isCustomizableEmail({ custom: {} }, 'one')).toBe(false)
  })
})
