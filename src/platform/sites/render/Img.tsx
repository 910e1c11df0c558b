/** An `<img>` with the asset's WebP variants as `srcset`; nothing when the reference does not resolve. */
import type { ResolvedImage } from './types'

import { tx } from './text'
import type { SiteLocale } from '../templateConfig'

export function Img({
  image,
  imageRef,
  locale,
  sizes,
  className,
  eager = false,
}: {
  image: ResolvedImage | undefined
  imageRef: unknown
  locale: SiteLocale
  sizes: string
  className?: string
  eager?: boolean
}) {
  if (!image) return null
  const alt = tx((imageRef as { alt?: unknown } | undefined)?.alt, locale)
  const srcSet = image.variants.map((variant) => `${variant.url} ${variant.width}w`).join(', ')
  return (
    <img
      className={className}
      src={image.src}
      srcSet={srcSet || undefined}
      sizes={srcSet ? sizes : undefined}
      alt={alt}
      width={image.width}
      height={image.height}
      loading={eager ? 'eager' : 'lazy'}
      decoding="async"
    />
  )
}
