/**
 * The two embed codes an owner copies (admin/WidgetPanel): an iframe (with a one-line listener that fits its
 * height to the widget) and the script embed. Pure and import-free of the server, so the admin's browser code
 * rebuilds them as the owner picks options. They name the site by its public identifier, as its pages do.
 */
import { HEIGHT_MESSAGE, widgetPath } from './protocol'

export type SnippetOptions = { lang: 'pl' | 'en'; theme: 'light' | 'dark'; layout: 'list' | 'carousel'; limit: number }

const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The widget's address with the chosen options. */
export const widgetUrl = (platformURL: string, identifier: string, { lang, theme, layout, limit }: SnippetOptions): string => {
  const query = new URLSearchParams({ lang, theme, layout, limit: String(limit) })
  return `${platformURL.replace(/\/+$/, '')}${widgetPath(identifier)}?${query}`
}

/**
 * Resizes the widget's iframes to the height their page reports. Only a message from one of those frames
 * (`event.source`) counts, and the height is bounded.
 */
export const RESIZE_LISTENER = `addEventListener("message",function(e){var d=e.data;if(!d||d.type!=="${HEIGHT_MESSAGE}")return;var f=document.querySelectorAll("iframe[data-testimonials-widget]");for(var i=0;i<f.length;i++)if(f[i].contentWindow===e.source)f[i].style.height=Math.min(Math.max(Number(d.height)||0,60),6000)+"px"});`

export const iframeSnippet = (platformURL: string, identifier: string, options: SnippetOptions): string => {
  const title = options.lang === 'pl' ? 'Opinie' : 'Testimonials'
  return [
    `<iframe src="${attr(widgetUrl(platformURL, identifier, options))}" title="${title}" data-testimonials-widget loading="lazy"`,
    `  sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" style="width:100%;height:480px;border:0"></iframe>`,
    `<script>${RESIZE_LISTENER}</script>`,
  ].join('\n')
}

export const scriptSnippet = (platformURL: string, identifier: string, { lang, theme, layout, limit }: SnippetOptions): string =>
  [
    `<div data-testimonials="${attr(identifier)}" data-lang="${lang}" data-theme="${theme}" data-layout="${layout}" data-limit="${limit}"></div>`,
    `<script src="${attr(`${platformURL.replace(/\/+$/, '')}${widgetPath(identifier)}.js`)}" async></script>`,
  ].join('\n')
