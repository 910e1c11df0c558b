'use client'
/**
 * The questions editor's buttons for one item of a list the owner reorders (a question, or a choice's option):
 * move up, move down (each off at its end of the list) and remove. `named` shows the words beside the arrows (a
 * question's header); otherwise the arrows alone, named for screen readers (an option's row).
 */
import { Button } from '@payloadcms/ui'
import React from 'react'

import type { AdminTexts } from './texts'

const buttons: React.CSSProperties = { display: 'flex', gap: 4, flexWrap: 'wrap' }

export function ReorderButtons({
  index,
  count,
  disabled,
  named,
  texts,
  onMove,
  onRemove,
}: {
  index: number
  count: number
  disabled: boolean
  named: boolean
  texts: Pick<AdminTexts, 'moveUp' | 'moveDown' | 'remove'>
  onMove: (by: -1 | 1) => void
  onRemove: () => void
}) {
  const actions = [
    { mark: '↑', label: texts.moveUp, off: index === 0, act: () => onMove(-1) },
    { mark: '↓', label: texts.moveDown, off: index === count - 1, act: () => onMove(1) },
    { mark: '✕', label: texts.remove, off: false, act: onRemove },
  ]
  return (
    <div style={buttons}>
      {actions.map(({ mark, label, off, act }) => (
        <Button key={mark} buttonStyle="subtle" size="small" margin={false} disabled={disabled || off} aria-label={named ? undefined : label} onClick={act}>
          {named ? `${mark} ${label}` : mark}
        </Button>
      ))}
    </div>
  )
}
