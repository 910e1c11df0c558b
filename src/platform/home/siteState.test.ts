import { describe, expect, test } from '@jest/globals'

import { siteAddress, siteState } from './siteState'

const config = { pages: [{ slug: '', sections: [{ type: 'hero', heading: { pl: 'Cześć' } }] }] }

describe('siteState', () => {
  test('a site never published is a draft', () => {
    expect(siteState({ templateConfig: config, publishedVersion: null })).toEqual({ status: 'draft' })
  })

  test('a published site whose draft equals the snapshot is live, with its version and date', () => {
    const state = siteState({
      templateConfig: { pages: [{ sections: [{ heading: { pl: 'Cześć' }, type: 'hero' }], slug: '' }] },
      publishedAt: '2026-11-30T10:00:00.000Z',
      publishedVersion: { versionNumber: 3, configSnapshot: config },
    })
    expect(state).toEqual({ status: 'published', versionNumber: 3, publishedAt: '2026-11-30T10:00:00.000Z' })
  })

  test('a draft that differs from the published snapshot has unpublished changes', () => {
    const edited = { pages: [{ slug: '', sections: [{ type: 'hero', heading: { pl: 'Dzień dobry' } }] }] }
    expect(
      siteState({ templateConfig: edited, publishedVersion: { versionNumber: 1, configSnapshot: config, createdAt: '2026-11-01T00:00:00.000Z' } }),
    ).toEqual({
      status: 'changed',
      versionNumber: 1,
      publishedAt: '2026-11-01T00:00:00.000Z',
    })
  })
})

describe('siteAddress', () => {
  test('is the platform address until the site is published on its own domain', () => {
    const site = { identifier: 'anna-coaching', domain: 'anna.pl' }
    expect(siteAddress(site, 'https://platforma.pl', { status: 'draft' })).toBe('https://platforma.pl/s/anna-coaching')
    expect(siteAddress(site, 'https://platforma.pl', { status: 'published' })).toBe('https://anna.pl')
    expect(siteAddress({ identifier: 'ewa' }, 'https://platforma.pl', { status: 'published' })).toBe('https://platforma.pl/s/ewa')
  })
})
