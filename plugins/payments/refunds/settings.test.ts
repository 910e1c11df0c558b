import { refundNotifyUrl } from './settings'

describe('refundNotifyUrl', () => {
  it('is under PUBLIC_URL unless P24_REFUND_NOTIFY_URL says otherwise', () => {
    expect(refundNotifyUrl({ PUBLIC_URL: 'https://app.example/' })).toBe('https://app.example/api/payments/p24/refund-notify')
    expect(refundNotifyUrl({ PUBLIC_URL: 'https://app.example', P24_REFUND_NOTIFY_URL: ' http://127.0.0.1:5/r ' })).toBe('http://127.0.0.1:5/r')
  })
})
