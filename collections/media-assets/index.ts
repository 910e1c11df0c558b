import type { CollectionConfig } from 'payload'

import { enforceSiteAssignment, lockedField, nobodyField, siteScoped, siteScopedCreate } from '../../src/platform/access'
import { siteField } from '../../src/platform/fields/siteField'
import { labels, t } from '../../src/platform/i18n/labels'
import { ACCEPTED_MEDIA_TYPES } from '../../src/platform/media/checkUpload'
import { mediaAssetsRead } from '../../src/platform/media/publishedMediaAccess'
import { mediaDir } from '../../src/platform/media/storage'
import { createOrReuse } from './endpoints/createOrReuse'
import { checkUploadedFile } from './hooks/checkUploadedFile'
import { fillAssetFields } from './hooks/fillAssetFields'
import { preventDeleteInUse } from './hooks/preventDeleteInUse'

/** Set by the platform from the stored file; read-only in the admin and through the API. */
const derived = { readOnly: true, position: 'sidebar' } as const
const platformOnly = { create: nobodyField, update: nobodyField }

/**
 * MediaAsset: a file in a site's media library. Images get WebP variants
 * (sharp); the same file uploaded twice to one site is one asset.
 */
export const MediaAssets: CollectionConfig = {
  slug: 'media-assets',
  labels: labels(t('Media file', 'Plik multimedialny'), t('Media library', 'Biblioteka multimediów')),
  admin: { useAsTitle: 'fileName', defaultColumns: ['filename', 'site', 'mediaType', 'fileSize', 'uploadedAt'], group: t('Website', 'Witryna') },
  access: {
    // Members and staff; anyone for the files a published site shows (see publishedMediaAccess).
    read: mediaAssetsRead,
    create: siteScopedCreate({ group: 'content' }),
    update: siteScoped({ group: 'content' }),
    delete: siteScoped({ group: 'content' }),
  },
  upload: {
    staticDir: mediaDir(),
    mimeTypes: [...ACCEPTED_MEDIA_TYPES],
    adminThumbnail: 'thumbnail',
    imageSizes: [
      { name: 'thumbnail', width: 320, formatOptions: { format: 'webp', options: { quality: 80 } } },
      { name: 'card', width: 768, formatOptions: { format: 'webp', options: { quality: 80 } } },
      { name: 'hero', width: 1600, formatOptions: { format: 'webp', options: { quality: 82 } } },
    ],
  },
  endpoints: [createOrReuse],
  hooks: {
    beforeOperation: [checkUploadedFile],
    beforeChange: [enforceSiteAssignment({ group: 'content' }), fillAssetFields],
    beforeDelete: [preventDeleteInUse],
  },
  // One asset per content per site (races included); the same picture on two sites is two assets.
  indexes: [{ fields: ['site', 'fileHash'], unique: true }],
  fields: [
    siteField(),
    { name: 'alt', type: 'text', maxLength: 300, label: t('Alternative text', 'Tekst alternatywny') },
    { name: 'fileName', type: 'text', label: t('File name', 'Nazwa pliku'), admin: derived, access: platformOnly },
    { name: 'storagePath', type: 'text', unique: true, label: t('Storage path', 'Ścieżka w magazynie'), admin: derived, access: platformOnly },
    { name: 'fileUrl', type: 'text', unique: true, label: t('File URL', 'Adres pliku'), admin: derived, access: platformOnly },
    { name: 'fileHash', type: 'text', index: true, label: t('SHA-256 of the content', 'SHA-256 zawartości'), admin: derived, access: platformOnly },
    { name: 'mediaType', type: 'text', label: t('Media type', 'Typ pliku'), admin: derived, access: platformOnly },
    { name: 'fileSize', type: 'number', label: t('Size (bytes)', 'Rozmiar (bajty)'), admin: derived, access: platformOnly },
    { name: 'storageBucket', type: 'text', label: t('Storage bucket', 'Magazyn'), admin: derived, access: platformOnly },
    {
      name: 'uploadedBy',
      type: 'relationship',
      relationTo: 'users',
      label: t('Uploaded by', 'Przesłane przez'),
      admin: derived,
      access: { create: nobodyField, update: lockedField('uploadedBy') },
    },
    {
      name: 'uploadedAt',
      type: 'date',
      label: t('Uploaded at', 'Data przesłania'),
      admin: { ...derived, date: { pickerAppearance: 'dayAndTime' } },
      access: platformOnly,
    },
  ],
}
