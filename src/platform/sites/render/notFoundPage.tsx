/** The bilingual "not found" page of the public sites (status 404, never indexed). */
import { renderToStaticMarkup } from 'react-dom/server'

import { SITE_CSS } from './styles'
import { themeCss } from './theme'

export const renderNotFoundPage = ({ homePath }: { homePath?: string } = {}): string =>
  `<!DOCTYPE html>${renderToStaticMarkup(
    <html lang="pl">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>Nie znaleziono strony · Page not found</title>
        {/* No favicon request (the site has none yet): an empty data URL, allowed by img-src data:. */}
        <link rel="icon" href="data:," />
        <style dangerouslySetInnerHTML={{ __html: `${themeCss(undefined)}${SITE_CSS}` }} />
      </head>
      <body>
        <main className="not-found" id="main">
          <h1>Nie znaleziono strony</h1>
          <p>Ta strona nie istnieje albo nie została jeszcze opublikowana.</p>
          <p lang="en">Page not found. This page does not exist or has not been published yet.</p>
          {homePath ? (
            <p>
              <a href={homePath}>Strona główna · Home page</a>
            </p>
          ) : null}
        </main>
      </body>
    </html>,
  )}`
