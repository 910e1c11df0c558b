/**
 * The analytics view's layout in the admin's theme colours. The filter form wraps, charts take the full width,
 * and the campaign table becomes labelled rows on a phone, so nothing scrolls sideways at 390 px.
 */
const CSS = `
.nl-analytics { max-width: 72rem; overflow-wrap: break-word; }
.nl-analytics h1 { margin: 0 0 1.25rem; }
.nl-analytics section { margin: 0 0 2.5rem; }
.nl-analytics h2 { margin: 0 0 .75rem; }
.nl-filters { display: flex; flex-wrap: wrap; gap: .75rem; align-items: flex-end; margin: 0 0 1.5rem; }
.nl-filters label { display: flex; flex-direction: column; gap: .25rem; font-weight: 600; min-width: 0; max-width: 100%; }
.nl-filters select, .nl-filters button, .nl-export { font: inherit; padding: .45rem .75rem; border-radius: 4px; border: 1px solid var(--theme-elevation-250); background: var(--theme-elevation-0); color: var(--theme-text); max-width: 100%; }
.nl-filters button, .nl-export { background: var(--theme-elevation-800); border-color: var(--theme-elevation-800); color: var(--theme-elevation-0); cursor: pointer; text-decoration: none; display: inline-block; }
.nl-summary { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; justify-content: space-between; margin: 0 0 1.5rem; }
.nl-active { font-size: 1.1rem; margin: 0; }
.nl-active strong { font-size: 1.6rem; margin-left: .35rem; }
.nl-note { padding: .6rem .9rem; border-radius: 6px; border: 1px solid var(--theme-elevation-150); background: var(--theme-elevation-50); margin: 0 0 1.5rem; }
.nl-chart { width: 100%; min-width: 0; }
.nl-campaigns { width: 100%; border-collapse: collapse; }
.nl-campaigns th, .nl-campaigns td { text-align: left; padding: .5rem; border-bottom: 1px solid var(--theme-elevation-100); vertical-align: top; }
.nl-campaigns ol { margin: 0; padding-left: 1.1rem; }
.nl-campaigns a { word-break: break-all; }
.nl-campaigns th { white-space: nowrap; }
.nl-campaigns td.nl-links { min-width: 14rem; }
.nl-small { color: var(--theme-elevation-600); font-size: .9rem; }
@media (max-width: 640px) {
  .nl-campaigns thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  .nl-campaigns, .nl-campaigns tbody, .nl-campaigns tr, .nl-campaigns td { display: block; width: 100%; }
  .nl-campaigns tr { padding: .5rem 0; border-bottom: 1px solid var(--theme-elevation-150); }
  .nl-campaigns td { display: flex; justify-content: space-between; gap: 1rem; padding: .2rem 0; border: 0; text-align: right; }
  .nl-campaigns td::before { content: attr(data-label); font-weight: 600; text-align: left; flex: none; }
  .nl-campaigns td.nl-links { display: block; text-align: left; }
  .nl-campaigns td.nl-links::before { display: block; }
}
`

export function AnalyticsStyles() {
  return <style>{CSS}</style>
}
