/** Composes the core collections and the plugins; everything else lives in src/platform. */
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { pl } from '@payloadcms/translations/languages/pl'
import path from 'node:path'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { coreCollections } from './collections'
import { examplePlugin } from './plugins/example'
import { staffAudit } from './src/platform/audit/staffAudit'
import { createDatabaseAdapter } from './src/platform/db/adapter'
import { databaseURL } from './src/platform/db/url'
import { projectRoot, readEnv } from './src/platform/env'
import { platformKernel } from './src/platform/kernel'

const env = readEnv()

export default buildConfig({
  secret: env.payloadSecret,
  serverURL: env.publicURL,
  cors: [env.publicURL],
  csrf: [env.publicURL],
  telemetry: false,
  admin: {
    user: 'users',
    avatar: 'default',
    importMap: { baseDir: projectRoot },
    meta: { titleSuffix: ' · Platforma' },
  },
  collections: coreCollections,
  db: createDatabaseAdapter({ url: databaseURL(env), isProduction: env.isProduction }),
  editor: lexicalEditor(),
  i18n: { supportedLanguages: { pl, en }, fallbackLanguage: 'pl' },
  sharp,
  typescript: { outputFile: path.join(projectRoot, 'payload-types.ts') },
  plugins: [
    platformKernel(),
    examplePlugin({ enabled: process.env.EXAMPLE_PLUGIN !== 'false' }),
    // Last, so that plugins' collections are audited too.
    staffAudit(),
  ],
})
