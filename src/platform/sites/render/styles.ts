/** The public sites' stylesheet (inlined into each page: one request per page, no external files). */
export const SITE_CSS = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;scroll-behavior:smooth}
@media (prefers-reduced-motion:reduce){html{scroll-behavior:auto}}
body{margin:0;background:var(--color-background);color:var(--color-text);font-family:var(--font-body);font-size:1.0625rem;line-height:1.65}
h1,h2,h3{font-family:var(--font-heading);line-height:1.2;margin:0 0 .6em;color:var(--color-text)}
h1{font-size:clamp(2rem,5vw,3.25rem)}
h2{font-size:clamp(1.6rem,3.5vw,2.25rem)}
h3{font-size:1.25rem}
p{margin:0 0 1em}
a{color:var(--color-primary);text-underline-offset:.15em}
a:hover{text-decoration-thickness:2px}
:focus-visible{outline:3px solid var(--color-focus);outline-offset:3px}
img{max-width:100%;height:auto;display:block}
.wrap{width:min(1120px,100% - 2.5rem);margin-inline:auto}
.skip-link{position:absolute;left:-9999px;top:0;z-index:10;background:var(--color-primary);color:var(--color-on-primary);padding:.75rem 1rem}
.skip-link:focus{left:1rem;top:1rem}
.visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.preview-banner{background:#7c2d12;color:#fff;text-align:center;padding:.5rem 1rem;font-weight:600;position:sticky;top:0;z-index:5}
.section-notice{border:1px dashed currentColor;border-radius:.5rem;padding:.75rem 1rem;margin:0 0 1rem;font-weight:600}
.site-header{border-bottom:1px solid color-mix(in srgb,var(--color-text) 12%,transparent);background:var(--color-background)}
.site-header .wrap{display:flex;flex-wrap:wrap;align-items:center;gap:.75rem 1.5rem;padding-block:1rem}
.brand{font-family:var(--font-heading);font-weight:700;font-size:1.25rem;color:var(--color-text);text-decoration:none;margin-right:auto}
.site-nav ul{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;margin:0;padding:0}
.site-nav a{color:var(--color-text);text-decoration:none;padding:.25rem 0;border-bottom:2px solid transparent}
.site-nav a:hover,.site-nav a[aria-current=page]{border-bottom-color:var(--color-accent)}
.lang-switch{font-size:.95rem;font-weight:600;border:1px solid currentColor;border-radius:999px;padding:.15rem .7rem;text-decoration:none}
main section{padding-block:clamp(2.5rem,7vw,5rem)}
main section:nth-of-type(even){background:var(--color-secondary);color:var(--color-on-secondary)}
main section:nth-of-type(even) h2,main section:nth-of-type(even) h3{color:inherit}
.page-title{padding-top:2.5rem}
.intro{font-size:1.15rem;max-width:65ch}
.hero{display:grid;gap:2rem;align-items:center}
.hero__lead{font-size:clamp(1.1rem,2.2vw,1.35rem);max-width:55ch}
.hero__image,.rounded{border-radius:1rem}
.button{display:inline-block;background:var(--color-primary);color:var(--color-on-primary);padding:.8rem 1.4rem;border-radius:.5rem;text-decoration:none;font-weight:600}
button.button{font:inherit;font-weight:600;border:0;cursor:pointer}
.button:hover{filter:brightness(1.08)}
.split{display:grid;gap:2rem;align-items:center}
.cards{list-style:none;padding:0;margin:1.5rem 0 0;display:grid;gap:1.25rem;grid-template-columns:repeat(auto-fill,minmax(15rem,1fr))}
.card{background:var(--color-background);color:var(--color-text);border:1px solid color-mix(in srgb,var(--color-text) 12%,transparent);border-radius:1rem;padding:1.5rem;box-shadow:0 1px 2px rgb(0 0 0 / .04)}
.card h3{color:var(--color-text)}
.card__image{border-radius:.6rem;margin-bottom:1rem;aspect-ratio:4/3;object-fit:cover;width:100%}
.card__price{font-weight:700;color:var(--color-primary);margin:0}
.person__photo{width:8rem;height:8rem;border-radius:50%;object-fit:cover;margin-bottom:1rem}
.person__role{font-weight:600;color:var(--color-primary)}
.contact{font-style:normal}
.contact .label{font-weight:600}
.component-frame{display:block;width:100%;border:0;border-radius:.75rem;background:var(--color-background)}
.site-footer{padding-block:2rem;border-top:1px solid color-mix(in srgb,var(--color-text) 12%,transparent);font-size:.95rem}
.site-footer .wrap{display:flex;flex-wrap:wrap;gap:1rem;justify-content:space-between}
.not-found{min-height:70vh;display:grid;place-content:center;text-align:center;padding:2rem}
@media (min-width:900px){.hero--image,.split{grid-template-columns:1.1fr .9fr}}
`
  .trim()
  .replace(/\n/g, '')
