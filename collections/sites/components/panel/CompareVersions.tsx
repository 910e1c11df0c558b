'use client'
/**
 * The changes between two versions (GET /api/sites/:id/versions/compare), as an owner reads them:
 * "Start › Baner główny › Nagłówek (PL): „Witaj” → „Dzień dobry”", images as thumbnails.
 */
import React from 'react'

import { useTr } from '../editor/useEditorKit'
import { useSiteMedia, type MediaItem } from '../editor/useSiteMedia'

export type ShownValue = { text: string } | { mediaId: string | number }
export type VersionChange = { kind: 'changed' | 'added' | 'removed'; path: string; label: string; from?: ShownValue; to?: ShownValue }
export type Comparison = { a: { versionNumber?: number | null }; b: { versionNumber?: number | null }; changes: VersionChange[] }

const Value: React.FC<{ value?: ShownValue; media?: MediaItem[] }> = ({ value, media }) => {
  const { tr } = useTr()
  if (!value) return <span className="site-panel__diff-none">{tr('(none)', '(brak)')}</span>
  if ('text' in value) return <span>{value.text}</span>
  const item = media?.find((candidate) => String(candidate.id) === String(value.mediaId))
  return item?.thumbnailURL && item.mediaType?.startsWith('image/') ? (
    <img className="site-panel__diff-thumb" src={item.thumbnailURL} alt={item.fileName ?? ''} data-media-id={String(value.mediaId)} />
  ) : (
    <span>{item?.fileName ?? tr('an image no longer in the library', 'obraz, którego nie ma już w bibliotece')}</span>
  )
}

export const CompareVersions: React.FC<{ siteId: number | string; comparison: Comparison; onClose: () => void }> = ({ siteId, comparison, onClose }) => {
  const { tr } = useTr()
  const { a, b, changes } = comparison
  const hasMedia = changes.some((change) => [change.from, change.to].some((value) => value && 'mediaId' in value))
  const { items: media } = useSiteMedia(siteId, { load: hasMedia })
  return (
    <div className="site-panel__diff" data-testid="site-panel-diff">
      <strong>{tr(`Version ${a.versionNumber} → ${b.versionNumber}`, `Wersja ${a.versionNumber} → ${b.versionNumber}`)}</strong>{' '}
      <button type="button" className="site-editor__tool" onClick={onClose}>
        {tr('Close', 'Zamknij')}
      </button>
      {changes.length === 0 ? <p>{tr('No differences.', 'Brak różnic.')}</p> : null}
      <ul>
        {changes.map((change) => (
          <li key={`${change.kind}-${change.path}`} className={`site-panel__diff-${change.kind}`} data-change-path={change.path}>
            <span className="site-panel__diff-label">{change.label}</span>
            {change.kind === 'added' ? ` (${tr('added', 'dodano')})` : change.kind === 'removed' ? ` (${tr('removed', 'usunięto')})` : null}:{' '}
            {change.kind === 'changed' ? (
              <>
                <Value value={change.from} media={media} /> → <Value value={change.to} media={media} />
              </>
            ) : (
              <Value value={change.kind === 'added' ? change.to : change.from} media={media} />
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}
