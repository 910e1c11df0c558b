/** The charts load recharts from node_modules (no CDN) and render on the server without throwing, in both kinds. */
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import { AnalyticsCharts } from './AnalyticsCharts'
import { ANALYTICS_TEXT } from './texts'

const data = {
  subscribers: [
    { label: '23 lis', total: 4, confirmed: 2 },
    { label: '24 lis', total: 5, confirmed: 1 },
  ],
  engagement: [
    { label: '23 lis', opens: 2, clicks: 1 },
    { label: '24 lis', opens: 0, clicks: 0 },
  ],
}

it('renders both charts with their accessible names', () => {
  const text = ANALYTICS_TEXT.pl
  const subscribers = renderToStaticMarkup(createElement(AnalyticsCharts, { kind: 'subscribers', data, text }))
  const engagement = renderToStaticMarkup(createElement(AnalyticsCharts, { kind: 'engagement', data, text }))
  expect(subscribers).toContain(`aria-label="${text.subscribersChart}"`)
  expect(subscribers).toContain('recharts-responsive-container')
  expect(engagement).toContain(`aria-label="${text.engagementChart}"`)
  expect(`${subscribers}${engagement}`).not.toMatch(/https?:\/\//)
})
