/** The events the payments plugin announces; other plugins listen for them (no imports between plugins). */
declare module '@platform' {
  interface PlatformEvents {
    'payment.completed': {
      paymentId: number
      purpose: string
      reference: string | null
      userId: number
      siteId: number | null
      amount: number
      currency: string
    }
  }
}

export {}
