/** Amounts as people read and type them: grosze in, `12,00 zł` out; `12,50` or `12.50` typed in złoty back to grosze. */

/** Whole grosze from what was typed (złoty, at most two decimals, comma or dot); null when it is not an amount. */
export const parseMoneyInput = (text: string): number | null => {
  const match = /^(\d{1,9})(?:[.,](\d{1,2}))?$/.exec(text.replace(/[\s\u00a0]/g, '').replace(/zł$/i, ''))
  if (!match) return null
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'))
}

/** Grosze as the amount input shows them in złoty: `12,50` (pl) or `12.50` (en), no currency sign, no grouping. */
export const moneyInputValue = (grosze: number, locale: 'pl' | 'en'): string => {
  const text = (grosze / 100).toFixed(2)
  return locale === 'pl' ? text.replace('.', ',') : text
}
