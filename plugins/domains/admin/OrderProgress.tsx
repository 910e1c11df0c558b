/**
 * An order's progress as a list of stages (progress.ts), each marked done, under way, failed or to come, with a
 * plain sentence under the one under way: what is happening, OVH's state, when DNS was last and will next be
 * checked. The failure's message and the retry sit below the list (OrderCard.tsx).
 */
import React from 'react'

import { formatDateTime, type Lang } from '@platform/format'
import { fill } from './fill'
import { stagesOf, type StageKey, type StageState } from './progress'
import type { DomainLabels, DomainTextKey } from './translations'
import type { OrderView } from './viewTypes'

const STAGE_LABEL: Record<StageKey, DomainTextKey> = {
  payment: 'stagePayment',
  ovhOrder: 'stageOvhOrder',
  registration: 'stageRegistration',
  dns: 'stageDns',
  added: 'stageAdded',
  verification: 'stageVerification',
  live: 'stageLive',
}

const STATE_LABEL: Record<StageState, DomainTextKey> = { done: 'stateDone', current: 'stateCurrent', failed: 'stateFailed', pending: 'statePending' }

const MARK: Record<StageState, string> = { done: '✓', current: '', failed: '!', pending: '' }

/** The sentences under the stage under way (or the live one). */
const detailOf = (key: StageKey, order: OrderView, labels: DomainLabels, lang: Lang): string[] => {
  const when = (value: string | null) => (value ? formatDateTime(value, lang) : null)
  const checks = [
    when(order.lastCheckedAt) ? fill(labels.lastChecked, { date: when(order.lastCheckedAt)! }) : null,
    when(order.nextCheckAt) ? fill(labels.nextCheck, { date: when(order.nextCheckAt)! }) : null,
  ]
  switch (key) {
    case 'payment':
      return [labels.paymentWaiting]
    case 'ovhOrder':
      return [labels.ovhOrderWorking]
    case 'registration':
      return [labels.registrationWorking, order.ovhStatus ? fill(labels.registrationStatus, { status: order.ovhStatus.label }) : null].filter(
        (line): line is string => Boolean(line),
      )
    case 'dns':
      return [labels.dnsWorking]
    case 'verification':
      return [order.kind === 'own' ? labels.verificationOwn : labels.verificationWorking, ...checks].filter((line): line is string => Boolean(line))
    case 'live':
      return order.liveAt ? [fill(labels.liveSince, { date: formatDateTime(order.liveAt, lang) })] : []
    default:
      return []
  }
}

export function OrderProgress({ order, labels, lang }: { order: OrderView; labels: DomainLabels; lang: Lang }) {
  const stages = stagesOf(order)
  return (
    <ol className="dv-stages" aria-label={labels.progress} data-testid="dv-stages">
      {stages.map(({ key, state }) => {
        const details = state === 'current' || (key === 'live' && state === 'done') ? detailOf(key, order, labels, lang) : []
        return (
          <li key={key} className={`dv-stage dv-stage--${state}`} data-stage={key} data-state={state} aria-current={state === 'current' ? 'step' : undefined}>
            <span className="dv-stage-mark" aria-hidden="true">
              {MARK[state]}
            </span>
            <div className="dv-stage-body">
              <span className="dv-stage-label">{labels[STAGE_LABEL[key]]}</span>
              <span className="dv-stage-state">{labels[STATE_LABEL[state]]}</span>
              {details.map((line) => (
                <p key={line} className="dv-small dv-stage-detail">
                  {line}
                </p>
              ))}
            </div>
          </li>
        )
      })}
    </ol>
  )
}
