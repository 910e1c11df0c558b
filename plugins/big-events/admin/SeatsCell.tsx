'use client'
/** The events list's seats column: taken of all, and how many are left (`3 z 20 (wolne: 17)`). */
import type { DefaultCellComponentProps } from 'payload'

import { useTranslation } from '@payloadcms/ui'
import React from 'react'

import { seatsText } from './texts'

export function SeatsCell({ cellData, rowData }: DefaultCellComponentProps) {
  const { i18n } = useTranslation()
  const total = Number((rowData as { maxParticipants?: number }).maxParticipants ?? 0)
  return <span>{seatsText(Number(cellData ?? 0), total, i18n.language === 'en' ? 'en' : 'pl')}</span>
}
