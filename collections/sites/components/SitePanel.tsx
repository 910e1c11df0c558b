'use client'
/**
 * The site document's sidebar: publish status, Publish, Preview and the live
 * address, the version history (who, when, published or not, what changed; restore one as the draft or
 * published, compare two) and "save as template".
 * Publishing and restoring act on the SAVED site, so they wait until the form is saved.
 */
import type { UIFieldClientComponent } from 'payload'

import { toast, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import React, { useEffect, useRef, useState } from 'react'

import { formatDateTime } from '../../../src/platform/i18n/format'
import { errorOf, jsonInit, useApi, useTr } from './editor/useEditorKit'
import { CompareVersions, type Comparison } from './panel/CompareVersions'
import { SaveAsTemplate } from './panel/SaveAsTemplate'
import { useSiteStatus } from './panel/useSiteStatus'
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
  // "30 listopada 2026, 14:42", in the reader's own time zone.
  const date = (iso?: string | null) => (iso ? formatDateTime(iso, pl ? 'pl' : 'en', Intl.DateTimeFormat().resolvedOptions().timeZone) : '—')

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

  /** `publish`: a new version, made the draft and published; otherwise only the draft, nothing published. */
  const restore = async (versionId: number | string, versionNumber: number | null | undefined, publish: boolean) => {
    const question = publish
      ? tr(
          `Restore version ${versionNumber} and publish it? It becomes the draft and is published as a new version.`,
          `Przywrócić wersję ${versionNumber} i ją opublikować? Stanie się wersją roboczą i zostanie opublikowana jako nowa wersja.`,
        )
      : tr(
          `Restore version ${versionNumber} as the draft? The published site stays as it is until you publish.`,
          `Przywrócić wersję ${versionNumber} jako wersję roboczą? Opublikowana strona pozostanie bez zmian, dopóki jej nie opublikujesz.`,
        )
    if (!window.confirm(question)) return
    setBusy(true)
    const answer = await api<{ version?: { versionNumber: number } }>(`/sites/${siteId}/restore`, jsonInit('POST', { versionId: String(versionId), publish }))
    setBusy(false)
    if (!answer.ok) return toast.error(errorOf(answer.body, answer.status))
    toast.success(
      publish
        ? tr(`Restored as version ${answer.body.version?.versionNumber}.`, `Przywrócono jako wersję ${answer.body.version?.versionNumber}.`)
        : tr(
            `Version ${versionNumber} is the draft now; publish when it is ready.`,
            `Wersja ${versionNumber} jest teraz wersją roboczą; opublikuj ją, gdy będzie gotowa.`,
          ),
    )
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
          <li key={version.id} data-version-number={version.versionNumber ?? ''} data-published={version.published ? 'true' : 'false'}>
            <label className="site-editor__checkbox">
              <input
                type="checkbox"
                checked={picked.includes(version.id)}
                onChange={() => toggle(version.id)}
                aria-label={tr(`Compare version ${version.versionNumber}`, `Porównaj wersję ${version.versionNumber}`)}
              />
              <strong>{tr(`Version ${version.versionNumber}`, `Wersja ${version.versionNumber}`)}</strong>
              {version.published ? <em className="site-panel__live"> ({tr('published', 'opublikowana')})</em> : null}
            </label>
            <div className="site-editor__hint">
              {date(version.createdAt)} · {version.author || tr('unknown author', 'autor nieznany')}
            </div>
            {version.restoredFrom ? <div>{tr(`Restored from version ${version.restoredFrom}`, `Przywrócona z wersji ${version.restoredFrom}`)}</div> : null}
            {version.note ? <div>{version.note}</div> : null}
            {version.summary ? (
              <div className="site-panel__summary" data-testid="version-summary">
                {version.summary}
              </div>
            ) : null}
            {canPublish ? (
              <div className="site-panel__restore">
                <button
                  type="button"
                  className="site-editor__tool"
                  disabled={busy || modified}
                  onClick={() => restore(version.id, version.versionNumber, false)}
                >
                  {tr('Restore as draft', 'Przywróć jako wersję roboczą')}
                </button>
                <button
                  type="button"
                  className="site-editor__tool"
                  disabled={busy || modified}
                  onClick={() => restore(version.id, version.versionNumber, true)}
                >
                  {tr('Restore and publish', 'Przywróć i opublikuj')}
                </button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      {status && status.versions.length > 1 ? (
        <button type="button" className="site-editor__tool" disabled={picked.length !== 2} onClick={compare}>
          {tr('Compare the two chosen versions', 'Porównaj dwie wybrane wersje')}
        </button>
      ) : null}
      {comparison ? <CompareVersions siteId={id} comparison={comparison} onClose={() => setComparison(undefined)} /> : null}

      {canPublish ? (
        <>
          <h4>{tr('Template', 'Szablon')}</h4>
          <SaveAsTemplate siteId={id} />
        </>
      ) : null}
    </div>
  )
}
