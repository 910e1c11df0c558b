/** robots.txt of a site: everything may be crawled; the sitemap's absolute URL. */
export const renderRobots = ({ sitemapUrl }: { sitemapUrl: string }): string => `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`
