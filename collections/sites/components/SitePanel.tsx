'use client'
/**
 * The site document's sidebar: publish status, Publish, Preview and the live
 * address, the version history (restore one, compare two) and "save as template".
 * Publishing and restoring act on the SAVED site, so they wait until the form is saved.
 */
import type { UIFieldClientComponent } from 'payload'

import { toast, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import React, { useEffect, useRef, useState } from 'react'

import { errorOf, jsonInit, useApi, useTr } from './editor/useEditorKit'
import { CompareVersions, type Comparison } from './panel/CompareVersions'
import { SaveAsTemplate } from './panel/SaveAsTemplate'
import { authorOf, useSiteStatus } from './panel/useSiteStatus'
import './siteEditor.css'

export const SitePanel: UIFieldClientComponent = () => {
  const { pl, tr } = useTr()
  const api = useApi()
  // Publishing and restoring need a content role, as saving does; viewers only read the status and history.
  const { id, hasSavePermission } = useDocumentInfo()
  const canPublish = hasSavePermission !== false
  const modified = useFormModified()
  const { status, error, reload } = useSiteStatus(id ?? undefined)
  const [busy, setBusy] = useState(false)
  const [picked, setPicked] = useState<(number | string)[]>([])
  const [comparison, setComparison] = useState<Comparison>()
  // A save just finished (modified went back to false): the saved draft may now differ from the published one.
  const wasModified = useRef(modified)
  useEffect(() => {
    if (wasModified.current && !modified) void reload()
    wasModified.current = modified
  }, [modified, reload])
  const date = (iso?: string | null) => (iso ? new Date(iso).toLocaleString(pl ? 'pl-PL' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }) : '—')

  if (id === undefined || id === null) {
    return (
      <p className="site-editor__hint">{tr('Save the site to publish it and see its versions.', 'Zapisz stronę, aby ją opublikować i zobaczyć wersje.')}</p>
    )
  }
  const siteId = encodeURIComponent(String(id))

  const publish = async () => {
    setBusy(true)
    const answer = await api<{ version: { versionNumber: number } }>(`/sites/${siteId}/publish`, jsonInit('POST', {}))
    setBusy(false)
    if (!answer.ok) return toast.error(errorOf(answer.body, answer.status))
    toast.success(tr(`Published as version ${answer.body.version.versionNumber}.`, `Opublikowano jako wersję ${answer.body.version.versionNumber}.`))
    await reload()
  }

  const restore = async (versionId: number | string, versionNumber?: number | null) => {
    if (
      !window.confirm(
        tr(
          `Restore version ${versionNumber}? It becomes the draft and is published as a new version.`,
          `Przywrócić wersję ${versionNumber}? Stanie się wersją roboczą i zostanie opublikowana jako nowa wersja.`,
        ),
      )
    )
      return
    setBusy(true)
    const answer = await api<{ version: { versionNumber: number } }>(`/sites/${siteId}/restore`, jsonInit('POST', { versionId: String(versionId) }))
    setBusy(false)
    if (!answer.ok) return toast.error(errorOf(answer.body, answer.status))
    toast.success(tr(`Restored as version ${answer.body.version.versionNumber}.`, `Przywrócono jako wersję ${answer.body.version.versionNumber}.`))
    // The draft changed on the server: load the document again so the editor shows it.
    window.location.reload()
  }

  const compare = async () => {
    const [first, second] = [...picked].sort(
      (x, y) => (status?.versions.find((v) => v.id === x)?.versionNumber ?? 0) - (status?.versions.find((v) => v.id === y)?.versionNumber ?? 0),
    )
    const answer = await api<Comparison>(`/sites/${siteId}/versions/compare?a=${encodeURIComponent(String(first))}&b=${encodeURIComponent(String(second))}`)
    if (!answer.ok) return toast.error(errorOf(answer.body, answer.status))
    setComparison(answer.body)
  }

  const toggle = (versionId: number | string) =>
    setPicked((current) => (current.includes(versionId) ? current.filter((item) => item !== versionId) : [...current, versionId].slice(-2)))

  const address = status?.identifier ? `/s/${status.identifier}` : undefined
  return (
    <div className="site-panel" data-testid="site-panel">
      <h4>{tr('Publishing', 'Publikacja')}</h4>
      {error ? <p className="site-editor__error">{error}</p> : null}
      <p data-testid="site-panel-status">
        {!status
          ? tr('Loading…', 'Wczytywanie…')
          : status.published
            ? tr(
                `Published: version ${status.published.versionNumber}, ${date(status.published.at)}`,
                `Opublikowano: wersja ${status.published.versionNumber}, ${date(status.published.at)}`,
              )
            : tr('Not published yet.', 'Jeszcze nie opublikowano.')}
      </p>
      {status?.hasUnpublishedChanges ? (
        <p className="site-panel__status--draft" data-testid="site-panel-unpublished">
          {tr('The saved draft has unpublished changes.', 'Zapisana wersja robocza ma nieopublikowane zmiany.')}
        </p>
      ) : null}
      {modified ? (
        <p className="site-editor__hint">
          {tr('Save your changes first: publishing uses the saved site.', 'Najpierw zapisz zmiany: publikowana jest zapisana strona.')}
        </p>
      ) : null}
      <div className="site-panel__actions">
        {canPublish ? (
          <button
            type="button"
            className="btn btn--style-primary btn--size-small"
            data-testid="site-panel-publish"
            disabled={busy || modified}
            onClick={publish}
          >
            <span className="btn__content">
              <span className="btn__label">{tr('Publish', 'Opublikuj')}</span>
            </span>
          </button>
        ) : null}
        {address ? (
          <a className="btn btn--style-secondary btn--size-small" href={`${address}?preview=1`} target="_blank" rel="noopener noreferrer">
            <span className="btn__content">
              <span className="btn__label">{tr('Preview draft', 'Podgląd wersji roboczej')}</span>
            </span>
          </a>
        ) : null}
      </div>
      {address ? (
        <p>
          {tr('Live address: ', 'Adres strony: ')}
          {status?.published ? (
            <a href={address} target="_blank" rel="noopener noreferrer">
              {address}
            </a>
          ) : (
            <span>
              {address} ({tr('after publishing', 'po publikacji')})
            </span>
          )}
        </p>
      ) : null}

      <h4>{tr('Versions', 'Wersje')}</h4>
      {status && status.versions.length === 0 ? (
        <p className="site-editor__hint">{tr('No versions yet: publish to make one.', 'Brak wersji: opublikuj, aby utworzyć pierwszą.')}</p>
      ) : null}
      <ul className="site-panel__versions" data-testid="site-panel-versions">
        {status?.versions.map((version) => (
          <li key={version.id} data-version-number={version.versionNumber ?? ''}>
            <label className="site-editor__checkbox">
              <input
                type="checkbox"
                checked={picked.includes(version.id)}
                onChange={() => toggle(version.id)}
                aria-label={tr(`Compare version ${version.versionNumber}`, `Porównaj wersję ${version.versionNumber}`)}
              />
              <strong>{tr(`Version ${version.versionNumber}`, `Wersja ${version.versionNumber}`)}</strong>
              {status.published && String(status.published.id) === String(version.id) ? <em> ({tr('live', 'opublikowana')})</em> : null}
            </label>
            <div className="site-editor__hint">
              {date(version.createdAt)} · {authorOf(version)}
            </div>
            {version.note ? <div>{version.note}</div> : null}
            {canPublish ? (
              <button type="button" className="site-editor__tool" disabled={busy || modified} onClick={() => restore(version.id, version.versionNumber)}>
                {tr('Restore', 'Przywróć')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {status && status.versions.length > 1 ? (
        <button type="button" className="site-editor__tool" disabled={picked.length !== 2} onClick={compare}>
          {tr('Compare the two chosen versions', 'Porównaj dwie wybrane wersje')}
        </button>
      ) : null}
      {comparison ? <CompareVersions comparison={comparison} onClose={() => setComparison(undefined)} /> : null}

      {canPublish ? (
        <>
          <h4>{tr('Template', 'Szablon')}</h4>
          <SaveAsTemplate siteId={id} />
        </>
      ) : null}
    </div>
  )
}
