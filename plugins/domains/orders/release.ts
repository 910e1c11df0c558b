/**
 * A cancelled order gives its name back (the name must never block a new order once the order ends). The name
 * moves to `releasedName`, and `domainName`, unique across the platform and required, becomes a placeholder under
 * `.invalid`, the TLD reserved never to exist (RFC 6761), made unique by the order's id and a random part. A
 * placeholder rather than null: PostgreSQL would allow many nulls under the unique index, MongoDB's sparse unique
 * index would not, and every reader keeps a string. The order itself stays, for the owner's list and for audit.
 */
import { randomBytes } from 'node:crypto'

export const releasedPlaceholder = (orderId: number | string) => `released-${String(orderId)}-${randomBytes(4).toString('hex')}.invalid`

export const isReleasedPlaceholder = (name: string | null | undefined) => typeof name === 'string' && /^released-[0-9a-z]+-[0-9a-f]{8}\.invalid$/.test(name)

/** The name an owner knows the order by: the one it had, for a cancelled order. */
export const orderName = (order: { domainName?: string | null; releasedName?: string | null }) =>
  order.releasedName || (isReleasedPlaceholder(order.domainName) ? '' : (order.domainName ?? ''))
