/**
 * The billing view's layout, in the admin's theme colours (light and dark). Plan cards wrap into one column and
 * the history table turns into labelled rows on a phone, so nothing scrolls sideways at 390 px.
 */
const CSS = `
.billing { max-width: 72rem; overflow-wrap: anywhere; }
.billing h1 { margin: 0 0 1.5rem; }
.billing section { margin: 0 0 2.5rem; }
.billing h2 { margin: 0 0 .75rem; }
.billing-banner { padding: .75rem 1rem; border-radius: 6px; margin: 0 0 1.5rem; border: 1px solid var(--theme-elevation-150); background: var(--theme-elevation-50); }
.billing-banner[data-tone="success"] { border-color: var(--theme-success-500); background: var(--theme-success-50); }
.billing-banner[data-tone="error"] { border-color: var(--theme-error-500); background: var(--theme-error-50); }
.billing-period { display: inline-flex; flex-wrap: wrap; gap: .25rem; margin: 0 0 1rem; padding: 0; border: 0; }
.billing-period legend { width: 100%; margin: 0 0 .35rem; font-weight: 600; }
.billing-period button { padding: .4rem 1rem; border-radius: 999px; border: 1px solid var(--theme-elevation-250); background: var(--theme-elevation-0); color: var(--theme-text); cursor: pointer; font: inherit; }
.billing-period button[aria-pressed="true"] { background: var(--theme-elevation-800); border-color: var(--theme-elevation-800); color: var(--theme-elevation-0); }
.billing-plans { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr)); gap: 1rem; list-style: none; padding: 0; margin: 0; }
.billing-plan { display: flex; flex-direction: column; gap: .5rem; padding: 1rem; border: 1px solid var(--theme-elevation-150); border-radius: 8px; min-width: 0; }
.billing-plan[data-current="true"] { border-color: var(--theme-success-500); box-shadow: 0 0 0 1px var(--theme-success-500); }
.billing-plan h3 { margin: 0; font-size: 1.35rem; }
.billing-plan .billing-price { font-size: 1.1rem; font-weight: 600; margin: 0; }
.billing-plan ul { margin: 0; padding-left: 1.2rem; flex: 1; }
.billing-plan .billing-badge { margin: 0; font-weight: 600; color: var(--theme-success-750, var(--theme-text)); }
.billing-plan button { padding: .6rem 1rem; border-radius: 4px; border: 0; background: var(--theme-elevation-800); color: var(--theme-elevation-0); font: inherit; font-weight: 600; cursor: pointer; }
.billing-plan button:disabled { opacity: .6; cursor: progress; }
.billing-error { margin: .75rem 0 0; color: var(--theme-error-500); font-weight: 600; }
.billing-history { width: 100%; border-collapse: collapse; }
.billing-history th, .billing-history td { text-align: left; padding: .5rem; border-bottom: 1px solid var(--theme-elevation-100); vertical-align: top; }
@media (max-width: 640px) {
  .billing-history thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  .billing-history, .billing-history tbody, .billing-history tr, .billing-history td { display: block; width: 100%; }
  .billing-history tr { padding: .5rem 0; border-bottom: 1px solid var(--theme-elevation-150); }
  .billing-history td { display: flex; justify-content: space-between; gap: 1rem; padding: .2rem 0; border: 0; text-align: right; }
  .billing-history td::before { content: attr(data-label); font-weight: 600; text-align: left; flex: none; }
}
`

export function BillingStyles() {
  return <style>{CSS}</style>
}
