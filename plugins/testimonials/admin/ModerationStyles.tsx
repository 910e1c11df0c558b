/**
 * The moderation view's layout in the admin's theme colours. Cards take the full width, buttons wrap, and the
 * import preview table becomes labelled rows on a phone, so nothing scrolls sideways at 390 px; on a wider screen
 * its short columns (row, stars, date) keep to one line and only the text wraps. The card a link points at
 * (`#testimonial-<id>`, from the owner's email) is outlined.
 */
const CSS = `
.tm-moderation { max-width: 60rem; overflow-wrap: anywhere; }
.tm-moderation h1 { margin: 0 0 1rem; }
.tm-site { font-weight: 600; margin: 0 0 .5rem; }
.tm-shortcuts { display: flex; flex-wrap: wrap; gap: .35rem 1.25rem; margin: 0 0 1rem; font-size: .95rem; }
.tm-filters, .tm-import-form { display: flex; flex-wrap: wrap; gap: .75rem; align-items: flex-end; margin: 0 0 1.25rem; }
.tm-filters label, .tm-import-form label { display: flex; flex-direction: column; gap: .25rem; font-weight: 600; min-width: 0; max-width: 100%; }
.tm-moderation select, .tm-moderation textarea, .tm-moderation input[type=file] { font: inherit; max-width: 100%; }
.tm-moderation select, .tm-moderation textarea { padding: .45rem .6rem; border-radius: 4px; border: 1px solid var(--theme-elevation-250); background: var(--theme-elevation-0); color: var(--theme-text); }
.tm-filters button, .tm-button { font: inherit; padding: .45rem .8rem; min-height: 2.5rem; border-radius: 4px; border: 1px solid var(--theme-elevation-250); background: var(--theme-elevation-0); color: var(--theme-text); cursor: pointer; }
.tm-filters button, .tm-button--primary { background: var(--theme-elevation-800); border-color: var(--theme-elevation-800); color: var(--theme-elevation-0); }
.tm-button:disabled { opacity: .5; cursor: default; }
.tm-tabs { display: flex; flex-wrap: wrap; gap: .25rem; border-bottom: 1px solid var(--theme-elevation-150); margin: 0 0 1rem; }
.tm-tab { padding: .55rem .8rem; text-decoration: none; color: var(--theme-text); border-bottom: 3px solid transparent; }
.tm-tab--current { border-bottom-color: var(--theme-elevation-800); font-weight: 600; }
.tm-count { display: inline-block; min-width: 1.6rem; padding: 0 .4rem; border-radius: 1rem; background: var(--theme-elevation-100); text-align: center; font-size: .85rem; }
.tm-bulk { display: flex; flex-wrap: wrap; gap: .5rem .75rem; align-items: center; padding: .5rem 0; }
.tm-check { display: inline-flex; gap: .5rem; align-items: center; font-weight: normal !important; flex-direction: row !important; }
.tm-check input, .tm-card-head input { width: 1.25rem; height: 1.25rem; flex: none; }
.tm-message { min-height: 1.5rem; margin: .25rem 0 .75rem; color: var(--theme-success-750, inherit); }
.tm-message--error { color: var(--theme-error-750, #b00020); }
.tm-message--empty { visibility: hidden; }
.tm-card { border: 1px solid var(--theme-elevation-150); border-radius: 8px; padding: .9rem 1rem; margin: 0 0 .9rem; background: var(--theme-elevation-0); }
.tm-card--featured { border-color: var(--theme-elevation-600); }
.tm-card { scroll-margin-top: 5rem; }
.tm-card:target { outline: 3px solid var(--theme-success-500, #2f855a); outline-offset: 2px; }
.tm-card-head { display: flex; flex-wrap: wrap; gap: .35rem .75rem; align-items: center; }
.tm-stars { color: #b7791f; letter-spacing: .05em; font-size: 1.1rem; }
.tm-stars-off { color: var(--theme-elevation-250); }
.tm-author { font-size: 1.05rem; }
.tm-small { color: var(--theme-elevation-600); font-size: .9rem; }
.tm-badges { display: flex; flex-wrap: wrap; gap: .35rem; list-style: none; padding: 0; margin: .5rem 0; }
.tm-badge { font-size: .8rem; padding: .1rem .5rem; border-radius: 1rem; background: var(--theme-elevation-100); }
.tm-badge--good { background: var(--theme-success-100, #e6f4ea); }
.tm-badge--featured { background: #fdf3d7; color: #5f4200; }
.tm-email { margin: 0 0 .25rem; }
.tm-content { white-space: pre-line; margin: .5rem 0; }
.tm-reply { border-left: 3px solid var(--theme-elevation-250); padding: .25rem .75rem; margin: .5rem 0; }
.tm-reply p { white-space: pre-line; margin: .25rem 0 0; }
.tm-reply-form label { display: flex; flex-direction: column; gap: .25rem; font-weight: 600; }
.tm-reply-form textarea { width: 100%; }
.tm-actions { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin-top: .6rem; }
.tm-link { margin-left: auto; font-size: .9rem; }
.tm-empty { padding: .5rem 0 1rem; }
.tm-empty p { margin: 0 0 .5rem; max-width: 42rem; }
.tm-pager { display: flex; justify-content: space-between; gap: 1rem; margin: 1rem 0; }
.tm-import { margin: 2.5rem 0 1rem; padding-top: 1.5rem; border-top: 1px solid var(--theme-elevation-150); }
.tm-import h2 { margin: 0 0 .5rem; }
.tm-errors { border: 1px solid var(--theme-error-250, #f3b5b5); border-radius: 6px; padding: .5rem 1rem; margin: .75rem 0; }
.tm-errors h3 { margin: .25rem 0; font-size: 1rem; }
.tm-table { width: 100%; border-collapse: collapse; margin: 1rem 0; }
.tm-table th, .tm-table td { text-align: left; padding: .45rem; border-bottom: 1px solid var(--theme-elevation-100); vertical-align: top; }
.tm-row--duplicate { color: var(--theme-elevation-500); }
@media (min-width: 641px) {
  .tm-table { overflow-wrap: normal; }
  .tm-table th, .tm-table td:nth-child(1), .tm-table td:nth-child(3), .tm-table td:nth-child(5) { white-space: nowrap; }
  .tm-table td:nth-child(4) { overflow-wrap: anywhere; min-width: 14rem; }
}
@media (max-width: 640px) {
  .tm-link { margin-left: 0; }
  .tm-actions .tm-button { flex: 1 1 auto; }
  .tm-table thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  .tm-table, .tm-table tbody, .tm-table tr, .tm-table td { display: block; width: 100%; }
  .tm-table tr { padding: .5rem 0; border-bottom: 1px solid var(--theme-elevation-150); }
  .tm-table td { display: flex; gap: 1rem; padding: .15rem 0; border: 0; }
  .tm-table td::before { content: attr(data-label); font-weight: 600; flex: 0 0 5.5rem; }
}
`

export function ModerationStyles() {
  return <style>{CSS}</style>
}
