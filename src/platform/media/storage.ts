/**
 * Where media files live. Local disk under `MEDIA_DIR` (default `uploads/`)
 * unless `S3_BUCKET` is set; then S3-compatible storage through Payload's
 * official `@payloadcms/storage-s3` adapter. The adapter's fields are always in
 * the schema (`alwaysInsertFields`), so switching storage needs no migration.
 */
import type { Plugin } from 'payload'

import { s3Storage } from '@payloadcms/storage-s3'
import path from 'node:path'

import { projectRoot } from '../env'

const bool = (value: string | undefined) => ['1', 'true', 'yes', 'on'].includes((value ?? '').toLowerCase())

export const MEDIA_COLLECTION = 'media-assets'

/** The local folder for uploads (and the place files are written when S3 is off). */
export const mediaDir = (env: NodeJS.ProcessEnv = process.env): string => path.resolve(projectRoot, env.MEDIA_DIR || 'uploads')

/** The bucket files go to, or `local` for the disk. Recorded on each asset as `storageBucket`. */
export const storageBucket = (env: NodeJS.ProcessEnv = process.env): string => env.S3_BUCKET || 'local'

/** The Payload plugin for S3 storage; a no-op (fields only) without `S3_BUCKET`. */
export const mediaStorage = (env: NodeJS.ProcessEnv = process.env): Plugin =>
  s3Storage({
    enabled: Boolean(env.S3_BUCKET),
    alwaysInsertFields: true,
    bucket: env.S3_BUCKET ?? '',
    collections: { [MEDIA_COLLECTION]: true },
    config: {
      endpoint: env.S3_ENDPOINT || undefined,
      region: env.S3_REGION || 'us-east-1',
      forcePathStyle: bool(env.S3_FORCE_PATH_STYLE),
      credentials:
        env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY } : undefined,
    },
  })
