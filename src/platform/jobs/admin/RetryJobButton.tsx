'use client'

import { Button } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

export function RetryJobButton({ id, label }: { id: string; label: string }) {
  const router = useRouter()
  const [error, setError] = useState<string | null>(null)
  const retry = async () => {
    const response = await fetch(`/api/platform/jobs/${encodeURIComponent(id)}/retry`, { method: 'POST', credentials: 'include' })
    if (!response.ok) {
      const body = await response.json().catch(() => ({}))
      setError(body?.errors?.[0]?.message ?? response.statusText)
      return
    }
    router.refresh()
  }
  return (
    <>
      <Button buttonStyle="secondary" size="small" onClick={retry}>
        {label}
      </Button>
      {error ? <span role="alert">{error}</span> : null}
    </>
  )
}
