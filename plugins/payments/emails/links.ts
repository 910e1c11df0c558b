/** Addresses the payment emails link to (the admin's billing page, where plans are bought, renewed and receipts kept). */
const publicUrl = () => (process.env.PUBLIC_URL ?? 'http://localhost:3000').replace(/\/+$/, '')

export const billingUrl = () => `${publicUrl()}/admin/billing`
