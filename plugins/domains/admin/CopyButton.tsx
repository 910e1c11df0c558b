'use client'
/**
 * A button copying one value (a DNS record's name or value) to the clipboard, saying "Copied" for a moment; where
 * the Clipboard API is missing (a page over plain HTTP that is not localhost), the text is copied from a selection.
 */
import React, { useEffect, useState } from 'react'

const copyText = async (text: string): Promise<boolean> => {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text)
      return true
    }
  } catch {
    // Refused (permissions): try the selection below.
  }
  const area = document.createElement('textarea')
  area.value = text
  area.setAttribute('readonly', '')
  area.style.position = 'fixed'
  area.style.opacity = '0'
  document.body.appendChild(area)
  area.select()
  try {
    return document.execCommand('copy')
  } catch {
    return false
  } finally {
    area.remove()
  }
}

export function CopyButton({ text, label, copyLabel, copiedLabel }: { text: string; label: string; copyLabel: string; copiedLabel: string }) {
  const [copied, setCopied] = useState(false)
  useEffect(() => {
    if (!copied) return
    const timer = setTimeout(() => setCopied(false), 2000)
    return () => clearTimeout(timer)
  }, [copied])
  return (
    <button
      type="button"
      className="dv-button dv-button--small"
      aria-label={copied ? copiedLabel : label}
      onClick={async () => setCopied(await copyText(text))}
      data-testid="dv-copy"
    >
      <span aria-live="polite">{copied ? copiedLabel : copyLabel}</span>
    </button>
  )
}
