/** A dashboard component contributed by the example plugin (server component). */
import type { ServerProps } from 'payload'

export function ExampleDashboardNote({ i18n, user }: ServerProps) {
  if (!user) return null
  const pl = i18n?.language === 'pl'
  return (
    <div className="example-dashboard-note" data-testid="example-dashboard-note" style={{ marginBottom: '1.5rem' }}>
      <a href="/admin/example">{pl ? 'Przykładowa wtyczka: Twoje notatki' : 'Example plugin: your notes'}</a>
    </div>
  )
}
