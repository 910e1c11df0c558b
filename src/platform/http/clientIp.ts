import type { PayloadRequest } from 'payload'

import { createHmac } from 'node:crypto'

/** The client's IP as Express saw it (TRUST_PROXY applied); createApp sets it on every /api request. */
export const CLIENT_IP_HEADER = 'x-platform-client-ip'

export const clientIp = (req: Pick<PayloadRequest, 'headers'>): string => req.headers.get(CLIENT_IP_HEADER) ?? 'unknown'

/** A keyed hash of the IP: enough to count requests per address, without keeping the address. */
export const hashIp = (req: Pick<PayloadRequest, 'payload'>, ip: string): string => createHmac('sha256', req.payload.secret).update(ip).digest('hex')
