/**
 * An owner's own React component runs in a sandboxed iframe served by
 * /api/public/sites/<identifier>/components/<id>: `allow-scripts` only, never
 * `allow-same-origin`, so it cannot read the site's cookies or DOM.
 */
import type { SectionProps } from '../types'

import { tx } from '../text'
import { Heading } from './Heading'

type Custom = { componentId?: string | number; heading?: unknown; height?: number }

/** The frame's URL; `lang` is the page's language, so the component gets it as `locale` (the frame endpoint defaults to Polish). */
export const componentFrameSrc = (identifier: string, componentId: string | number, preview: boolean, locale: string): string =>
  `/api/public/sites/${encodeURIComponent(identifier)}/components/${encodeURIComponent(String(componentId))}?lang=${encodeURIComponent(locale)}${preview ? '&preview=1' : ''}`

export function CustomComponentSection({ section, locale, headingLevel, site, preview }: SectionProps) {
  const custom = section as Custom
  if (custom.componentId === undefined) return null
  const heading = tx(custom.heading, locale)
  return (
    <>
      {heading ? <Heading level={headingLevel}>{heading}</Heading> : null}
      <iframe
        className="component-frame"
        sandbox="allow-scripts"
        src={componentFrameSrc(site.identifier, custom.componentId, preview, locale)}
        title={heading || (locale === 'pl' ? 'Osadzony komponent' : 'Embedded component')}
        loading="lazy"
        referrerPolicy="no-referrer"
        style={{ height: `${custom.height ?? 400}px` }}
      />
    </>
  )
}
