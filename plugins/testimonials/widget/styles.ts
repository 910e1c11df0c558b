/**
 * The widget's CSS: one small stylesheet, the same in the iframe page and in the script embed's shadow root
 * (`:host` resets what the host page's styles would pass down by inheritance). System fonts, no web fonts.
 */
import type { WidgetTheme } from './options'

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i

/** The site's theme colour when it is a plain hex colour (anything else never reaches the CSS), else the default. */
export const accentColour = (value: unknown): string => (typeof value === 'string' && HEX.test(value) ? value.toLowerCase() : '#2f6f5e')

/** Dark or white text on the accent colour, whichever reads better (WCAG relative luminance). */
export const textOnAccent = (accent: string): string => {
  const hex = accent.length === 4 ? accent.replace(/[0-9a-f]/gi, (digit) => digit + digit) : accent
  const channel = (at: number) => {
    const value = parseInt(hex.slice(at, at + 2), 16) / 255
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4
  }
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
  // Contrast with white (1.05 / (L + 0.05)) against contrast with #111 ((L + 0.05) / 0.0555).
  return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.0555 ? '#ffffff' : '#111111'
}

const PALETTES: Record<WidgetTheme, string> = {
  light: '--tw-bg:#ffffff;--tw-fg:#1f2328;--tw-muted:#59636e;--tw-card:#f6f7f9;--tw-line:#e1e4e8;--tw-star:#b7791f;--tw-off:#d0d5db',
  dark: '--tw-bg:#16181c;--tw-fg:#eef0f3;--tw-muted:#a8b0ba;--tw-card:#21252b;--tw-line:#343a42;--tw-star:#f6c343;--tw-off:#4a515b',
}

export const widgetCss = ({ theme, accent }: { theme: WidgetTheme; accent: string }): string =>
  [
    ':host{all:initial;display:block}',
    `.tw{${PALETTES[theme]};--tw-accent:${accent};--tw-on-accent:${textOnAccent(accent)};box-sizing:border-box;background:var(--tw-bg);color:var(--tw-fg);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Ubuntu,"Helvetica Neue",Arial,sans-serif;padding:16px;border-radius:12px}`,
    '.tw *{box-sizing:border-box}',
    '.tw-summary{display:flex;flex-wrap:wrap;align-items:center;gap:6px;margin:0 0 12px;font-size:16px}',
    '.tw-average{font-weight:700;font-size:20px}',
    '.tw-count{color:var(--tw-muted)}',
    '.tw-stars{letter-spacing:1px;white-space:nowrap}',
    '.tw-on{color:var(--tw-star)}',
    '.tw-off{color:var(--tw-off)}',
    '.tw-list{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(260px,1fr));gap:12px}',
    '.tw--carousel .tw-list{display:flex;overflow-x:auto;scroll-snap-type:x mandatory;padding-bottom:8px}',
    '.tw--carousel .tw-card{flex:0 0 min(85%,320px);scroll-snap-align:start}',
    '.tw-card{background:var(--tw-card);border:1px solid var(--tw-line);border-radius:10px;padding:14px;display:flex;flex-direction:column;gap:8px}',
    '.tw-card--featured{border-color:var(--tw-accent);box-shadow:inset 3px 0 0 var(--tw-accent)}',
    '.tw-content{margin:0;overflow-wrap:anywhere}',
    '.tw-content p{margin:0 0 6px}',
    '.tw-author{margin:0;display:flex;flex-wrap:wrap;align-items:center;gap:6px;font-size:14px}',
    '.tw-name{font-weight:600}',
    '.tw-date{color:var(--tw-muted);font-size:13px}',
    '.tw-badge{font-size:12px;border-radius:999px;padding:1px 8px;border:1px solid var(--tw-accent);color:var(--tw-fg)}',
    '.tw-badge--featured{background:var(--tw-accent);color:var(--tw-on-accent)}',
    '.tw-reply{margin:0;padding:8px 10px;border-left:3px solid var(--tw-accent);background:var(--tw-bg);border-radius:0 8px 8px 0;font-size:14px;overflow-wrap:anywhere}',
    '.tw-reply-label{display:block;font-weight:600;color:var(--tw-muted);font-size:12px}',
    '.tw-empty{margin:0;color:var(--tw-muted)}',
    '.tw-foot{margin:12px 0 0;font-size:12px;color:var(--tw-muted)}',
    // The link in the text colour, underlined: an owner's accent may be too dark or too light on either theme.
    '.tw-foot a{color:var(--tw-fg);text-decoration:underline;text-decoration-color:var(--tw-accent)}',
    '@media (prefers-reduced-motion:no-preference){.tw--carousel .tw-list{scroll-behavior:smooth}}',
  ].join('\n')
