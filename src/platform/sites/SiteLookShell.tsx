/**
 * A plugin's own public page (a booking's or a registration's manage page) in its site's look: the site's theme
 * CSS and fonts, a header with the site's name linking home, then the page. Without a look (the site is not
 * published, or the link names none) only the page's own CSS applies.
 */
import type { ReactNode } from 'react'

import type { SiteLook } from './siteLook'

export function SiteLookShell({ look, css, className, children }: { look?: SiteLook; css: string; className: string; children: ReactNode }) {
  return (
    <div className={className}>
      <style dangerouslySetInnerHTML={{ __html: `${look?.css ?? ''}${css}` }} />
      {look ? (
        <header className="site-header">
          <div className="wrap">
            <a className="brand" href={look.homeUrl}>
              {look.name}
            </a>
          </div>
        </header>
      ) : null}
      {children}
    </div>
  )
}
