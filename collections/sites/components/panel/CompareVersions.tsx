'use client'
/** The structured diff of two versions (GET /api/sites/:id/versions/compare), shown path by path. */
import React from 'react'

import { useTr } from '../editor/useEditorKit'
import { formatValue } from './formatValue'

export type Diff = {
  added: { path: string; value: unknown }[]
  removed: { path: string; value: unknown }[]
  changed: { path: string; from: unknown; to: unknown }[]
}
export type Comparison = { a: { versionNumber?: number | null }; b: { versionNumber?: number | null }; diff: Diff }

export const CompareVersions: React.FC<{ comparison: Comparison; onClose: () => void }> = ({ comparison, onClose }) => {
  const { tr } = useTr()
  const { a, b, diff } = comparison
  const count = diff.added.length + diff.removed.length + diff.changed.length
  return (
    <div className="site-panel__diff" data-testid="site-panel-diff">
      <strong>{tr(`Version ${a.versionNumber} → ${b.versionNumber}`, `Wersja ${a.versionNumber} → ${b.versionNumber}`)}</strong>{' '}
      <button type="button" className="site-editor__tool" onClick={onClose}>
        {tr('Close', 'Zamknij')}
      </button>
      {count === 0 ? <p>{tr('No differences.', 'Brak różnic.')}</p> : null}
      <ul>
        {diff.changed.map((item) => (
          <li key={`c-${item.path}`}>
            <code>{item.path}</code>: {formatValue(item.from)} → {formatValue(item.to)}
          </li>
        ))}
        {diff.added.map((item) => (
          <li key={`a-${item.path}`} className="site-panel__diff-added">
            + <code>{item.path}</code>: {formatValue(item.value)}
          </li>
        ))}
        {diff.removed.map((item) => (
          <li key={`r-${item.path}`} className="site-panel__diff-removed">
            − <code>{item.path}</code>: {formatValue(item.value)}
          </li>
        ))}
      </ul>
    </div>
  )
}
