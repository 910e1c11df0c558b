/** Above the team list: "Invite to the team" for the sites the reader manages (server component; none for staff or members below admin). */
import type { ServerProps } from 'payload'

import { createLocalReq } from 'payload'
import React from 'react'

import { InviteDialog } from './InviteDialog'
import { manageableSites } from './manageableSites'

export async function InviteButton({ payload, user }: ServerProps) {
  if (!user || !payload) return null
  const req = await createLocalReq({ user: user as Parameters<typeof createLocalReq>[0]['user'] }, payload)
  const sites = await manageableSites(req)
  if (!sites.length) return null
  return (
    <div className="team-invite__bar">
      <InviteDialog sites={sites} />
    </div>
  )
}
