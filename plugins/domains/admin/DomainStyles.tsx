/**
 * The Domain view's layout in the admin's theme colours. One column; forms, results and DNS records wrap, long
 * names and values break anywhere, so nothing scrolls sideways at 390 px.
 */
const CSS = `
.dv-view { max-width: 52rem; overflow-wrap: anywhere; padding-bottom: 3rem; }
.dv-view h1 { margin: 0 0 .75rem; }
.dv-view h2 { margin: 0 0 .75rem; font-size: 1.35rem; }
.dv-view h3 { margin: 0; font-size: 1.2rem; }
.dv-view h4 { margin: 0 0 .5rem; font-size: 1rem; }
.dv-intro { margin: 0 0 1rem; max-width: 44rem; }
.dv-address { margin: 0 0 1.5rem; padding: .75rem 1rem; border-radius: 8px; background: var(--theme-elevation-50); }
.dv-address a { font-weight: 600; }
.dv-section { margin: 0 0 2.25rem; }
.dv-section + .dv-section { padding-top: 1.5rem; border-top: 1px solid var(--theme-elevation-150); }
.dv-filters, .dv-search-form { display: flex; flex-wrap: wrap; gap: .75rem; align-items: flex-end; margin: 0 0 .5rem; }
.dv-field { display: flex; flex-direction: column; gap: .3rem; font-weight: 600; min-width: 0; flex: 1 1 16rem; max-width: 100%; }
.dv-view input[type=text], .dv-view select { font: inherit; padding: .55rem .7rem; min-height: 2.75rem; border-radius: 4px; border: 1px solid var(--theme-elevation-250); background: var(--theme-elevation-0); color: var(--theme-text); max-width: 100%; }
.dv-button { font: inherit; display: inline-flex; align-items: center; justify-content: center; text-align: center; text-decoration: none; padding: .5rem .9rem; min-height: 2.75rem; border-radius: 4px; border: 1px solid var(--theme-elevation-250); background: var(--theme-elevation-0); color: var(--theme-text); cursor: pointer; }
.dv-button--primary { background: var(--theme-elevation-800); border-color: var(--theme-elevation-800); color: var(--theme-elevation-0); }
.dv-button--small { min-height: 2rem; padding: .2rem .6rem; font-size: .85rem; }
.dv-button:disabled { opacity: .55; cursor: default; }
.dv-small { color: var(--theme-elevation-600); font-size: .9rem; margin: .25rem 0; }
.dv-block { display: block; }
.dv-message { min-height: 1.25rem; margin: .35rem 0; color: var(--theme-success-750, inherit); }
.dv-message--error { color: var(--theme-error-750, #b00020); }
.dv-message--empty { display: none; }
.dv-badge { display: inline-block; font-size: .8rem; padding: .1rem .55rem; border-radius: 1rem; background: var(--theme-elevation-100); white-space: nowrap; }
.dv-badge--good { background: var(--theme-success-100, #e6f4ea); color: var(--theme-success-800, #1e4620); }
.dv-badge--bad { background: var(--theme-error-100, #fde7e9); color: var(--theme-error-800, #7a1020); }
.dv-badge--busy { background: #fdf3d7; color: #5f4200; }
.dv-results { list-style: none; padding: 0; margin: .75rem 0; display: grid; gap: .6rem; }
.dv-result { display: grid; grid-template-columns: minmax(0, 1fr) auto; gap: .35rem 1rem; align-items: center; padding: .75rem 1rem; border: 1px solid var(--theme-elevation-150); border-radius: 8px; background: var(--theme-elevation-0); }
.dv-result--available { border-color: var(--theme-elevation-400); }
.dv-result-name { grid-column: 1; display: flex; flex-wrap: wrap; gap: .35rem .6rem; align-items: center; }
.dv-result-name strong { font-size: 1.1rem; }
.dv-result-price { grid-column: 1; display: flex; flex-wrap: wrap; gap: .15rem .6rem; align-items: baseline; }
.dv-result-price .dv-small { margin: 0; }
.dv-result-why { grid-column: 1; margin: 0; }
.dv-result-action { grid-column: 2; grid-row: 1 / span 2; }
.dv-result-problem { grid-column: 1 / -1; }
.dv-orders { display: grid; gap: 1rem; }
.dv-order { border: 1px solid var(--theme-elevation-150); border-radius: 8px; padding: 1rem 1.1rem; background: var(--theme-elevation-0); scroll-margin-top: 5rem; }
.dv-order--focused { border-color: var(--theme-elevation-800); box-shadow: 0 0 0 1px var(--theme-elevation-800); }
.dv-order-head { display: flex; flex-wrap: wrap; gap: .4rem .75rem; align-items: center; }
.dv-live { margin: .75rem 0; padding: .6rem .8rem; border-radius: 6px; background: var(--theme-success-50, #eef8f0); }
.dv-live a { font-weight: 600; }
.dv-stages { list-style: none; padding: 0; margin: 1rem 0 .5rem; }
.dv-stage { display: grid; grid-template-columns: 1.75rem minmax(0, 1fr); gap: .6rem; position: relative; padding-bottom: .8rem; }
.dv-stage:not(:last-child)::before { content: ''; position: absolute; left: calc(.875rem - 1px); top: 1.75rem; bottom: 0; width: 2px; background: var(--theme-elevation-150); }
.dv-stage--done:not(:last-child)::before { background: var(--theme-success-500, #3c9d5b); }
.dv-stage-mark { width: 1.75rem; height: 1.75rem; border-radius: 50%; display: flex; align-items: center; justify-content: center; font-weight: 700; font-size: .95rem; border: 2px solid var(--theme-elevation-250); background: var(--theme-elevation-0); box-sizing: border-box; }
.dv-stage--done .dv-stage-mark { background: var(--theme-success-500, #3c9d5b); border-color: var(--theme-success-500, #3c9d5b); color: #fff; }
.dv-stage--current .dv-stage-mark { border-color: var(--theme-elevation-800); border-top-color: transparent; animation: dv-spin 1.2s linear infinite; }
.dv-stage--failed .dv-stage-mark { background: var(--theme-error-500, #c62828); border-color: var(--theme-error-500, #c62828); color: #fff; }
.dv-stage-body { padding-top: .2rem; min-width: 0; }
.dv-stage-label { font-weight: 600; margin-right: .5rem; }
.dv-stage--pending .dv-stage-label { font-weight: normal; color: var(--theme-elevation-600); }
.dv-stage-state { font-size: .85rem; color: var(--theme-elevation-600); }
.dv-stage--failed .dv-stage-state { color: var(--theme-error-750, #b00020); font-weight: 600; }
.dv-stage-detail { margin: .2rem 0 0; }
@keyframes dv-spin { to { transform: rotate(360deg); } }
@media (prefers-reduced-motion: reduce) { .dv-stage--current .dv-stage-mark { animation: none; border-top-color: var(--theme-elevation-800); } }
.dv-actions { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin: .6rem 0; }
.dv-error { margin: .75rem 0; padding: .75rem 1rem; border-radius: 6px; border: 1px solid var(--theme-error-250, #f3b5b5); background: var(--theme-error-50, #fff5f5); }
.dv-error p { margin: .35rem 0 .6rem; }
.dv-note { margin: .75rem 0; }
.dv-fieldset { border: 1px solid var(--theme-elevation-150); border-radius: 8px; padding: .6rem 1rem .4rem; margin: .75rem 0; min-width: 0; }
.dv-fieldset legend { font-weight: 600; padding: 0 .3rem; }
.dv-choice { display: flex; gap: .6rem; align-items: flex-start; padding: .45rem 0; cursor: pointer; }
.dv-choice input { width: 1.2rem; height: 1.2rem; margin: .15rem 0 0; flex: none; }
.dv-field input { width: 100%; box-sizing: border-box; }
.dv-own-form .dv-field { max-width: 28rem; }
.dv-dns { margin: 1rem 0 0; padding-top: 1rem; border-top: 1px dashed var(--theme-elevation-250); }
.dv-dns > p { margin: 0 0 .75rem; }
.dv-records { list-style: none; padding: 0; margin: 0; display: grid; gap: .6rem; }
.dv-record { border: 1px solid var(--theme-elevation-150); border-radius: 6px; padding: .6rem .8rem; background: var(--theme-elevation-50); }
.dv-record dl { margin: .4rem 0 0; display: grid; gap: .3rem; }
.dv-record dl > div { display: grid; grid-template-columns: 6rem minmax(0, 1fr); gap: .75rem; align-items: baseline; }
.dv-record dt { color: var(--theme-elevation-600); font-size: .9rem; }
.dv-record dd { margin: 0; display: flex; flex-wrap: wrap; gap: .4rem .6rem; align-items: center; min-width: 0; }
.dv-record code { font-size: .95rem; padding: .1rem .35rem; border-radius: 3px; background: var(--theme-elevation-0); border: 1px solid var(--theme-elevation-150); word-break: break-all; }
.dv-record-state--ok { color: var(--theme-success-750, #1e6b35); font-weight: 600; }
.dv-record-state--missing { color: #7a4b00; }
@media (max-width: 640px) {
  .dv-result { grid-template-columns: minmax(0, 1fr); }
  .dv-result-action { grid-column: 1; grid-row: auto; width: 100%; }
  .dv-search-form .dv-button, .dv-own-form .dv-button, .dv-error .dv-button, .dv-actions .dv-button:not(.dv-button--small) { width: 100%; }
  .dv-record dl > div { grid-template-columns: minmax(0, 1fr); gap: .15rem; }
  .dv-order { padding: .85rem .8rem; }
}
`

export function DomainStyles() {
  return <style>{CSS}</style>
}
