/**
 * Public pages that plugins serve outside the sites (the contract's `pages`,
 * e.g. a booking's manage page at /bookings/:token). The pages come from the
 * config as Next bundled it (`@payload-config`), so their client components
 * hydrate; data comes from the shared Payload instance. Any other path is a 404.
 */
import type { Metadata } from 'next'

import config from '@payload-config'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'

import { matchPage } from '../../../platform/plugins/collisions'
import { getRegistry } from '../../../platform/plugins/registry'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ path: string[] }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

const find = async (path: string[]) => matchPage(getRegistry(await config).pages, `/${path.map((segment) => encodeURIComponent(segment)).join('/')}`)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return (await find((await params).path))?.page.metadata ?? {}
}

export default async function PluginPage({ params, searchParams }: Props) {
  const { path } = await params
  const found = await find(path)
  if (!found) notFound()
  const decoded = Object.fromEntries(Object.entries(found.params).map(([key, value]) => [key, decodeURIComponent(value)]))
  const { Component } = found.page
  return <Component params={decoded} searchParams={await searchParams} payload={await getPayload({ config })} />
}
