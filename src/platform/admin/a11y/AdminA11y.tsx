'use client'
/**
 * An admin provider (Payload `admin.components.providers`) that applies the accessibility repairs of
 * fixes.ts to Payload's markup, at once and after every change of the page (a MutationObserver, batched
 * to one pass per animation frame), in the admin's language.
 */
import { useTranslation } from '@payloadcms/ui'
import { useEffect, type ReactNode } from 'react'

import { A11Y_TEXTS, fixAdminA11y } from './fixes'

export function AdminA11y({ children }: { children?: ReactNode }) {
  const { i18n } = useTranslation()
  const language = i18n.language === 'pl' ? 'pl' : 'en'
  useEffect(() => {
    const texts = A11Y_TEXTS[language]
    let frame = 0
    const run = () => {
      frame = 0
      fixAdminA11y(document, texts)
    }
    run()
    const observer = new MutationObserver(() => {
      frame ||= requestAnimationFrame(run)
    })
    observer.observe(document.body, { childList: true, subtree: true })
    return () => {
      observer.disconnect()
      if (frame) cancelAnimationFrame(frame)
    }
  }, [language])
  return <>{children}</>
}
