'use client'
/** An image `{ mediaId, alt? }`: the chosen file's thumbnail, a grid of this site's media to choose from, upload and remove. */
import React, { useRef, useState } from 'react'

import { useEditorContext } from './EditorContext'
import { pathKey } from './errorPaths'
import { Label, LocalizedInput, ToolButton } from './inputs'
import { useTr } from './useEditorKit'
import { useSiteMedia, type MediaItem } from './useSiteMedia'

type Path = readonly (string | number)[]
type MediaValue = { mediaId?: number | string; alt?: { pl: string; en: string } }

const Thumb: React.FC<{ item?: MediaItem; id?: number | string }> = ({ item, id }) =>
  item?.thumbnailURL && item.mediaType?.startsWith('image/') ? (
    <img className="site-editor__thumb" src={item.thumbnailURL} alt={item.fileName ?? ''} />
  ) : (
    <span className="site-editor__thumb site-editor__thumb--file">{item?.fileName ?? `#${id}`}</span>
  )

export const MediaPicker: React.FC<{ path: Path; value: unknown; onChange: (value: MediaValue | undefined) => void; label: string; required?: boolean }> = ({
  path,
  value,
  onChange,
  label,
  required,
}) => {
  const { tr } = useTr()
  const { siteId, isTemplate, errorPaths, readOnly } = useEditorContext()
  const current = (value && typeof value === 'object' ? value : undefined) as MediaValue | undefined
  const [open, setOpen] = useState(false)
  const [busy, setBusy] = useState(false)
  const [uploadError, setUploadError] = useState<string>()
  const fileInput = useRef<HTMLInputElement>(null)
  const { items, error, upload } = useSiteMedia(siteId, { load: open || current?.mediaId !== undefined })
  const chosen = items?.find((item) => String(item.id) === String(current?.mediaId))
  const invalid = errorPaths.has(pathKey([...path, 'mediaId'])) || errorPaths.has(pathKey(path))

  const choose = (item: MediaItem) => {
    onChange({ ...current, mediaId: item.id })
    setOpen(false)
  }

  const onFile = async (event: React.ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    setBusy(true)
    setUploadError(undefined)
    try {
      choose(await upload(file))
    } catch (caught) {
      setUploadError(caught instanceof Error ? caught.message : String(caught))
    } finally {
      setBusy(false)
    }
  }

  return (
    <fieldset className={`site-editor__media${invalid ? ' site-editor__media--invalid' : ''}`} data-path={pathKey(path)}>
      <legend>
        <Label text={label} required={required} />
      </legend>
      {siteId === undefined ? (
        <p className="site-editor__hint">
          {isTemplate
            ? tr('A template holds no images: a site made from it chooses its own.', 'Szablon nie zawiera obrazów: strona utworzona z szablonu wybiera własne.')
            : tr('Save the site first to add images.', 'Najpierw zapisz stronę, aby dodać obrazy.')}
        </p>
      ) : (
        <>
          <div className="site-editor__media-current">
            {current?.mediaId !== undefined ? (
              <Thumb item={chosen} id={current.mediaId} />
            ) : (
              <span className="site-editor__hint">{tr('No image', 'Brak obrazu')}</span>
            )}
            <ToolButton title={tr('Choose from the media library', 'Wybierz z biblioteki')} onClick={() => setOpen(!open)}>
              {tr('Choose…', 'Wybierz…')}
            </ToolButton>
            <ToolButton title={tr('Upload a file', 'Prześlij plik')} disabled={busy} onClick={() => fileInput.current?.click()}>
              {busy ? tr('Uploading…', 'Przesyłanie…') : tr('Upload…', 'Prześlij…')}
            </ToolButton>
            {current?.mediaId !== undefined ? (
              <ToolButton danger title={tr('Remove the image', 'Usuń obraz')} onClick={() => onChange(undefined)}>
                {tr('Remove', 'Usuń')}
              </ToolButton>
            ) : null}
            <input
              ref={fileInput}
              type="file"
              hidden
              accept="image/jpeg,image/png,image/webp,image/gif,application/pdf"
              disabled={readOnly}
              onChange={onFile}
            />
          </div>
          {uploadError || error ? <p className="site-editor__error">{uploadError ?? error}</p> : null}
          {open ? (
            <div className="site-editor__media-grid" role="listbox" aria-label={tr('Media library', 'Biblioteka multimediów')}>
              {!items ? <span className="site-editor__hint">{tr('Loading…', 'Wczytywanie…')}</span> : null}
              {items?.length === 0 ? <span className="site-editor__hint">{tr('No files yet: upload one.', 'Brak plików: prześlij pierwszy.')}</span> : null}
              {items?.map((item) => (
                <button
                  key={item.id}
                  type="button"
                  role="option"
                  aria-selected={String(item.id) === String(current?.mediaId)}
                  className="site-editor__media-option"
                  title={item.fileName}
                  onClick={() => choose(item)}
                >
                  <Thumb item={item} id={item.id} />
                </button>
              ))}
            </div>
          ) : null}
          {current?.mediaId !== undefined ? (
            <LocalizedInput
              path={[...path, 'alt']}
              value={current.alt}
              label={tr('Alternative text (for screen readers)', 'Tekst alternatywny (dla czytników ekranu)')}
              onChange={(alt) => onChange({ mediaId: current.mediaId, ...(alt ? { alt: alt as { pl: string; en: string } } : {}) })}
            />
          ) : null}
        </>
      )}
    </fieldset>
  )
}
