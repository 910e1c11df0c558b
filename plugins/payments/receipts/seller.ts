/**
 * Who issues the receipts: SELLER_NAME, SELLER_ADDRESS, SELLER_TAX_ID (NIP), SELLER_EMAIL. Without them (a dev
 * machine) the receipt says plainly that the seller is a demo, so a receipt from an unconfigured server can never
 * pass for a real one.
 */
export type Seller = { name: string; address: string; taxId: string; email: string; isDemo: boolean }

export const DEMO_SELLER: Seller = {
  name: 'DEMO – Platforma sp. z o.o. (not a real seller)',
  address: 'ul. Przykładowa 1, 00-001 Warszawa',
  taxId: '0000000000',
  email: 'billing@example.com',
  isDemo: true,
}

export const readSeller = (env: Record<string, string | undefined> = process.env): Seller => {
  const name = env.SELLER_NAME?.trim()
  if (!name) return DEMO_SELLER
  return {
    name,
    address: env.SELLER_ADDRESS?.trim() ?? '',
    taxId: env.SELLER_TAX_ID?.trim() ?? '',
    email: env.SELLER_EMAIL?.trim() ?? '',
    isDemo: false,
  }
}
