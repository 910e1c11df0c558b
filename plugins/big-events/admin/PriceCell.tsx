'use client'
/** The events list's price column: `450,00 zł`, or `Bezpłatne` / `Free` for 0. */
import type { DefaultCellComponentProps } from 'payload'

import { useTranslation } from '@payloadcms/ui'
import React from 'react'

import { formatMoney } from '@platform/format'

export function PriceCell({ cellData }: DefaultCellComponentProps) {
  const { i18n } = useTranslation()
  const lang = i18n.language === 'en' ? 'en' : 'pl'
  const zloty = Number(cellData ?? 0)
  return <span>{zloty > 0 ? formatMoney(Math.round(zloty * 100), lang) : lang === 'en' ? 'Free' : 'Bezpłatne'}</span>
}
