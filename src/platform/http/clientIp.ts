import type { PayloadRequest } from 'payload'

/** The client's IP as Express saw it (TRUST_PROXY applied); createApp sets it on every /api request. */
export const CLIENT_IP_HEADER = 'x-platform-client-ip'

export const clientIp = (req: Pick<PayloadRequest, 'headers'>): string => req.headers.get(CLIENT_IP_HEADER) ?? 'unknown'
