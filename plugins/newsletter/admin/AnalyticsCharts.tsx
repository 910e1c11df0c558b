'use client'
/**
 * The analytics view's two charts (recharts, bundled into the admin: no CDN). Gets ready-made labels and numbers
 * from the server; draws them to the container's width, so they fit a 390 px phone.
 */
import { Bar, CartesianGrid, ComposedChart, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'

export type ChartTexts = { subscribersChart: string; engagementChart: string; total: string; newConfirmed: string; opens: string; clicks: string }

export type ChartData = {
  subscribers: { label: string; total: number; confirmed: number }[]
  engagement: { label: string; opens: number; clicks: number }[]
}

const axis = { fontSize: 12, fill: 'var(--theme-elevation-600)' }

export function AnalyticsCharts({ kind, data, text }: { kind: 'subscribers' | 'engagement'; data: ChartData; text: ChartTexts }) {
  if (kind === 'subscribers') {
    return (
      <div className="nl-chart" role="img" aria-label={text.subscribersChart} data-testid="nl-chart-subscribers">
        <ResponsiveContainer width="100%" height={260}>
          <ComposedChart data={data.subscribers} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid stroke="var(--theme-elevation-100)" vertical={false} />
            <XAxis dataKey="label" tick={axis} minTickGap={16} />
            <YAxis allowDecimals={false} tick={axis} />
            <Tooltip />
            <Legend />
            <Bar dataKey="confirmed" name={text.newConfirmed} fill="#60a5fa" isAnimationActive={false} />
            <Line type="linear" dataKey="total" name={text.total} stroke="#1d4ed8" strokeWidth={2} dot={false} isAnimationActive={false} />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
    )
  }
  return (
    <div className="nl-chart" role="img" aria-label={text.engagementChart} data-testid="nl-chart-engagement">
      <ResponsiveContainer width="100%" height={260}>
        <LineChart data={data.engagement} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid stroke="var(--theme-elevation-100)" vertical={false} />
          <XAxis dataKey="label" tick={axis} minTickGap={16} />
          <YAxis allowDecimals={false} tick={axis} />
          <Tooltip />
          <Legend />
          <Line type="linear" dataKey="opens" name={text.opens} stroke="#15803d" strokeWidth={2} dot={false} isAnimationActive={false} />
          <Line type="linear" dataKey="clicks" name={text.clicks} stroke="#c2410c" strokeWidth={2} dot={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  )
}
