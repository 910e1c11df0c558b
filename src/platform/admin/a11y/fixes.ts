/**
 * Accessibility repairs of Payload's own admin markup, for what axe-core flags as serious or critical
 * on the main screens (test/e2e/accessibility.e2e.ts) and no Payload option reaches. Each repair is
 * idempotent and only adds what is missing (a name, a tabindex, a role), so it is safe to run again on
 * every DOM change and becomes a no-op once Payload fixes its markup.
 * Colours are fixed in CSS (src/app/(payload)/custom.scss), not here.
 */
export type A11yTexts = { moreActions: string; clear: string; selectAll: string; selectRow: string; choose: string }

export const A11Y_TEXTS: Record<'pl' | 'en', A11yTexts> = {
  pl: { moreActions: 'Więcej działań', clear: 'Wyczyść', selectAll: 'Zaznacz wszystkie', selectRow: 'Zaznacz wiersz', choose: 'Wybierz' },
  en: { moreActions: 'More actions', clear: 'Clear', selectAll: 'Select all', selectRow: 'Select row', choose: 'Choose' },
}

const hasName = (element: Element): boolean =>
  Boolean(element.getAttribute('aria-label')?.trim() || element.getAttribute('aria-labelledby')?.trim() || element.textContent?.trim())

/** The visible label of the field around `element` (Payload's `.field-type` wraps a `<label>`), if any. */
const fieldLabel = (element: Element): string | undefined =>
  element
    .closest('.field-type')
    ?.querySelector('label')
    ?.textContent?.replace(/\*\s*$/, '')
    .trim() || undefined

export const fixAdminA11y = (root: ParentNode, texts: A11yTexts): void => {
  // react-select's chevron: a <button> inside aria-hidden, reachable by Tab (aria-hidden-focus).
  for (const button of root.querySelectorAll(
    '[aria-hidden="true"].dropdown-indicator:not([tabindex]), .dropdown-indicator[aria-hidden="true"] button:not([tabindex])',
  ))
    button.setAttribute('tabindex', '-1')
  // The document's "…" menu and the date picker's ✕: icon-only buttons without a name (button-name).
  for (const button of root.querySelectorAll('button.popup-button')) if (!hasName(button)) button.setAttribute('aria-label', texts.moreActions)
  for (const button of root.querySelectorAll('button.date-time-picker__clear-button')) if (!hasName(button)) button.setAttribute('aria-label', texts.clear)
  // The edit view's tabs are links and buttons straight inside a <ul> (list): not a list, so no list role.
  for (const list of root.querySelectorAll('ul.doc-tabs__tabs:not([role])'))
    if ([...list.children].some((child) => child.tagName !== 'LI')) list.setAttribute('role', 'none')
  // List views' checkboxes: "select all" names itself by its id only, row boxes have an empty aria-label (label, label-title-only).
  for (const box of root.querySelectorAll('input#select-all[type="checkbox"]')) {
    if (box.getAttribute('aria-label')?.trim()) continue
    box.removeAttribute('aria-labelledby')
    box.setAttribute('aria-label', texts.selectAll)
  }
  for (const box of root.querySelectorAll('table input[type="checkbox"][aria-label=""]')) box.setAttribute('aria-label', texts.selectRow)
  // Comboboxes (react-select) and date inputs without a label: the field's own label, else what they show (label).
  for (const input of root.querySelectorAll('input[role="combobox"], .date-time-picker input')) {
    if (
      input.getAttribute('aria-label')?.trim() ||
      input.getAttribute('aria-labelledby')?.trim() ||
      (input.id && root.querySelector(`label[for="${CSS.escape(input.id)}"]`))
    )
      continue
    const shown = input.closest('.value-container')?.getAttribute('title')?.trim()
    input.setAttribute('aria-label', fieldLabel(input) ?? shown ?? texts.choose)
  }
}
