import type { ReactNode } from 'react'

export const metadata = { title: 'Platforma stron dla specjalistów' }

export default function SitesLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="pl">
      <body style={{ fontFamily: 'system-ui, sans-serif', margin: 0 }}>{children}</body>
    </html>
  )
}
