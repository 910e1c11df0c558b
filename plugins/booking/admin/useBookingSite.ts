'use client'
/**
 * The site the calendar and hours views show, shared by both: the signed-in
 * user's sites (REST, their own access), the chosen one (sitePick: the address,
 * the admin's current site, the caller's own), and its booking time zone and hosts.
 */
import { useEffect, useState } from 'react'

import { fetchHosts, fetchSites, fetchTimeZone, type HostOption, type SiteOption } from './restClient'
import { pickSite } from './sitePick'

export const useBookingSite = ({
  initialSiteId,
  userId,
  pl,
  onError,
}: {
  initialSiteId?: number
  userId?: number | string
  pl: boolean
  onError: (message: string) => void
}) => {
  const [sites, setSites] = useState<SiteOption[] | undefined>()
  const [siteId, setSiteId] = useState<number | undefined>(initialSiteId)
  const [zone, setZone] = useState<string | undefined>()
  const [hosts, setHosts] = useState<HostOption[]>([])

  useEffect(() => {
    const controller = new AbortController()
    fetchSites(controller.signal)
      .then((found) => {
        setSites(found)
        setSiteId((current) => pickSite(found, { param: current ? String(current) : undefined, cookie: document.cookie, userId }))
      })
      .catch((caught: Error) => controller.signal.aborted || onError(caught.message))
    return () => controller.abort()
    // onError is the caller's state setter, which never changes.
  }, [])

  const site = sites?.find((each) => each.id === siteId)

  useEffect(() => {
    if (!site) return
    const controller = new AbortController()
    Promise.all([fetchTimeZone(site.id, controller.signal), fetchHosts(site, pl, controller.signal)])
      .then(([foundZone, foundHosts]) => {
        setZone(foundZone)
        setHosts(foundHosts)
      })
      .catch((caught: Error) => controller.signal.aborted || onError(caught.message))
    return () => controller.abort()
  }, [site, pl])

  return { sites, siteId, setSiteId, site, zone, hosts }
}
