'use client'
/**
 * "Dostosuj" (make the owner's copy of a default and open it) and "Przywróć domyślną" (delete the owner's copy
 * after a confirmation), on the Emails screen and in the sidebar of the owner's version.
 */
import { Button, ConfirmationModal, toast, useConfig, useModal } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

const errorOf = (body: unknown, fallback: string): string => (body as { errors?: { message?: string }[] } | undefined)?.errors?.[0]?.message ?? fallback

const readJson = async (response: Response): Promise<unknown> => {
  try {
    return await response.json()
  } catch {
    return undefined
  }
}

export type CustomizeTexts = { customize: string; working: string; failed: string }

export function CustomizeButton({ slug, name, texts }: { slug: string; name: string; texts: CustomizeTexts }) {
  const { config } = useConfig()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const customize = async () => {
    setBusy(true)
    try {
      const response = await fetch(`${config.serverURL}${config.routes.api}/email-templates/customize`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ slug }),
      })
      const body = (await readJson(response)) as { id?: number | string } | undefined
      if (!response.ok || body?.id === undefined) {
        toast.error(errorOf(body, texts.failed))
        setBusy(false)
        return
      }
      router.push(`${config.routes.admin}/collections/email-templates/${encodeURIComponent(String(body.id))}`)
    } catch {
      toast.error(texts.failed)
      setBusy(false)
    }
  }
  return (
    <Button buttonStyle="primary" size="small" margin={false} onClick={customize} disabled={busy} aria-label={`${texts.customize}: ${name}`}>
      {busy ? texts.working : texts.customize}
    </Button>
  )
}

export type RestoreTexts = { restore: string; title: string; body: string; cancel: string; confirm: string; done: string; failed: string }

/** Deletes the owner's version `id` once confirmed; then the Emails screen shows the default again. */
export function RestoreDefaultButton({ id, name, texts, after }: { id: number | string; name: string; texts: RestoreTexts; after: 'refresh' | 'emails' }) {
  const { config } = useConfig()
  const router = useRouter()
  const { openModal } = useModal()
  const modal = `restore-email-${id}`
  const restore = async () => {
    const response = await fetch(`${config.serverURL}${config.routes.api}/email-templates/${encodeURIComponent(String(id))}`, {
      method: 'DELETE',
      credentials: 'include',
    }).catch(() => undefined)
    if (!response?.ok) {
      toast.error(errorOf(response ? await readJson(response) : undefined, texts.failed))
      return
    }
    toast.success(texts.done.replace('{name}', name))
    if (after === 'emails') router.push(`${config.routes.admin}/emails`)
    router.refresh()
  }
  return (
    <>
      <Button buttonStyle="secondary" size="small" margin={false} onClick={() => openModal(modal)} aria-label={`${texts.restore}: ${name}`}>
        {texts.restore}
      </Button>
      <ConfirmationModal
        modalSlug={modal}
        heading={texts.title}
        body={<p>{texts.body.replace('{name}', name)}</p>}
        confirmLabel={texts.confirm}
        cancelLabel={texts.cancel}
        onConfirm={restore}
      />
    </>
  )
}
