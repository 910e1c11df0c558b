/**
 * A local S3-compatible server (s3rver, from npm) on 127.0.0.1 with one bucket
 * in a temp folder, and plain HTTP reads of the bucket, so a test can see what
 * really was stored without going through the adapter it is testing.
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import S3rver from 's3rver'

export type LocalS3 = {
  endpoint: string
  bucket: string
  /** The variables that point the platform at this bucket (src/platform/media/storage.ts). */
  env: Record<string, string>
  /** Every key in the bucket, sorted (ListObjectsV2 over HTTP). */
  keys: () => Promise<string[]>
  /** An object's bytes and Content-Type, or status 404. */
  object: (key: string) => Promise<{ status: number; type: string | null; data: Buffer }>
  close: () => Promise<void>
}

const unescapeXml = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

export const startLocalS3 = async (bucket = 'media'): Promise<LocalS3> => {
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), 's3rver-'))
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: bucket }] })
  const { port } = await server.run()
  const endpoint = `http://127.0.0.1:${port}`
  // s3rver answers unsigned requests, so the reads below need no SDK.
  const keys = async () => {
    const found: string[] = []
    let token: string | undefined
    do {
      const query = new URLSearchParams({ 'list-type': '2', ...(token ? { 'continuation-token': token } : {}) })
      const response = await fetch(`${endpoint}/${bucket}?${query}`)
      if (!response.ok) throw new Error(`Listing the bucket failed: ${response.status} ${await response.text()}`)
      const xml = await response.text()
      found.push(...[...xml.matchAll(/<Key>([^<]*)<\/Key>/g)].map((match) => unescapeXml(match[1])))
      token = /<IsTruncated>true<\/IsTruncated>/.test(xml) ? unescapeXml(/<NextContinuationToken>([^<]*)</.exec(xml)?.[1] ?? '') : undefined
    } while (token)
    return found.sort()
  }
  const object = async (key: string) => {
    const response = await fetch(`${endpoint}/${bucket}/${key.split('/').map(encodeURIComponent).join('/')}`)
    return { status: response.status, type: response.headers.get('content-type'), data: Buffer.from(await response.arrayBuffer()) }
  }
  return {
    endpoint,
    bucket,
    env: {
      S3_BUCKET: bucket,
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      S3_FORCE_PATH_STYLE: 'true',
      // s3rver's built-in account.
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
    },
    keys,
    object,
    close: async () => {
      await server.close()
      await fs.rm(directory, { recursive: true, force: true })
    },
  }
}
