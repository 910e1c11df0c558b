'use client'
/** "Save as template": the saved site's config becomes the caller's own template (POST /api/sites/:id/save-as-template). */
import { toast } from '@payloadcms/ui'
import React, { useState } from 'react'

import { errorOf, jsonInit, useApi, useTr } from '../editor/useEditorKit'

export const SaveAsTemplate: React.FC<{ siteId: number | string }> = ({ siteId }) => {
  const { tr } = useTr()
  const api = useApi()
  const [open, setOpen] = useState(false)
  const [name, setName] = useState('')
  const [description, setDescription] = useState('')
  const [busy, setBusy] = useState(false)
  if (!open) {
    return (
      <button type="button" className="site-editor__tool" onClick={() => setOpen(true)}>
        {tr('Save as template…', 'Zapisz jako szablon…')}
      </button>
    )
  }
  const save = async () => {
    setBusy(true)
    const answer = await api(`/sites/${encodeURIComponent(String(siteId))}/save-as-template`, jsonInit('POST', { name, description }))
    setBusy(false)
    if (!answer.ok) return toast.error(errorOf(answer.body, answer.status))
    toast.success(tr(`Template "${name}" saved.`, `Zapisano szablon „${name}”.`))
    setOpen(false)
    setName('')
    setDescription('')
  }
  return (
    <div className="new-site__form">
      <input
        className="site-editor__input"
        placeholder={tr('Template name', 'Nazwa szablonu')}
        value={name}
        onChange={(event) => setName(event.target.value)}
      />
      <textarea
        className="site-editor__input"
        rows={2}
        placeholder={tr('Description (optional)', 'Opis (opcjonalnie)')}
        value={description}
        onChange={(event) => setDescription(event.target.value)}
      />
      <div className="site-panel__actions">
        <button type="button" className="site-editor__tool" disabled={busy || !name.trim()} onClick={save}>
          {tr('Save template', 'Zapisz szablon')}
        </button>
        <button type="button" className="site-editor__tool" onClick={() => setOpen(false)}>
          {tr('Cancel', 'Anuluj')}
        </button>
      </div>
      <p className="site-editor__hint">{tr('Uses the saved version of the site.', 'Używa zapisanej wersji strony.')}</p>
    </div>
  )
}
