/**
 * The simulator's stand-in for P24's payment page: no external assets, Polish and English.
 * Buttons post back to the simulator, which plays the bank's part.
 */
export type PageLang = 'pl' | 'en'

const TEXT = {
  pl: {
    title: 'Przelewy24 – symulator płatności',
    notice: 'To jest symulator Przelewy24. Żadne pieniądze nie są pobierane.',
    merchant: 'Odbiorca',
    description: 'Tytuł',
    amount: 'Kwota',
    pay: 'Zapłać',
    different: 'Zapłać inną kwotę',
    differentHint: 'Bank płatnika zmienia kwotę: sklep musi odmówić weryfikacji.',
    fail: 'Odrzuć płatność',
    switchLang: 'English',
    done: 'Ta transakcja została już zakończona.',
  },
  en: {
    title: 'Przelewy24 – payment simulator',
    notice: 'This is a Przelewy24 simulator. No money is taken.',
    merchant: 'Payee',
    description: 'Title',
    amount: 'Amount',
    pay: 'Pay',
    different: 'Pay a different amount',
    differentHint: "The payer's bank changes the amount: the shop must refuse to verify it.",
    fail: 'Fail',
    switchLang: 'Polski',
    done: 'This transaction has already been completed.',
  },
} as const

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

export const formatAmount = (grosze: number, currency: string, lang: PageLang) =>
  new Intl.NumberFormat(lang === 'pl' ? 'pl-PL' : 'en-GB', { style: 'currency', currency }).format(grosze / 100)

export type PageInput = { token: string; merchantId: number; description: string; amount: number; currency: string; open: boolean; lang: PageLang }

export const renderPaymentPage = (p: PageInput): string => {
  const t = TEXT[p.lang]
  const action = `/trnRequest/${encodeURIComponent(p.token)}?lang=${p.lang}`
  const other = p.lang === 'pl' ? 'en' : 'pl'
  const buttons = p.open
    ? `<form method="post" action="${escapeHtml(action)}">
<button type="submit" name="action" value="pay">${t.pay}</button>
<button type="submit" name="action" value="different">${t.different}</button>
<button type="submit" name="action" value="fail">${t.fail}</button>
</form>
<p class="hint">${t.differentHint}</p>`
    : `<p>${t.done}</p>`
  return `<!doctype html>
<html lang="${p.lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${t.title}</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem}button{display:block;width:100%;margin:.5rem 0;padding:.75rem;font-size:1rem}.hint,.notice{color:#555;font-size:.9rem}</style>
</head>
<body>
<h1>${t.title}</h1>
<p class="notice">${t.notice}</p>
<dl>
<dt>${t.merchant}</dt><dd>${p.merchantId}</dd>
<dt>${t.description}</dt><dd>${escapeHtml(p.description)}</dd>
<dt>${t.amount}</dt><dd data-amount="${p.amount}">${escapeHtml(formatAmount(p.amount, p.currency, p.lang))}</dd>
</dl>
${buttons}
<p><a href="/trnRequest/${encodeURIComponent(p.token)}?lang=${other}">${t.switchLang}</a></p>
</body>
</html>`
}
