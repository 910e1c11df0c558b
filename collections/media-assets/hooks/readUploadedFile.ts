import type { PayloadRequest } from 'payload'

import fs from 'node:fs/promises'

/** The bytes of the file in this request (in memory, or in Payload's temp file when `useTempFiles` is on). */
export const readUploadedFile = async (req: PayloadRequest): Promise<Buffer | undefined> => {
  const file = req.file
  if (!file) return undefined
  if (file.data?.byteLength) return file.data
  if (file.tempFilePath) return fs.readFile(file.tempFilePath)
  return file.data
}
