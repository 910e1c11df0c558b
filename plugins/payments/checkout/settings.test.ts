import { DEV_P24_CREDENTIALS, readPaymentsSettings } from './settings'

const real = { P24_MERCHANT_ID: '1', P24_POS_ID: '2', P24_API_KEY: 'k', P24_CRC: 'c', P24_BASE_URL: 'https://sandbox.przelewy24.pl/' }

describe('readPaymentsSettings', () => {
  it('is null with neither P24 credentials nor a simulator', () => {
    expect(readPaymentsSettings({})).toBeNull()
  })
  it('uses real credentials and builds the notify and return addresses from PUBLIC_URL', () => {
    expect(readPaymentsSettings({ ...real, PUBLIC_URL: 'https://app.example/', P24_NOTIFY_IPS: ' 1.1.1.1, 2.2.2.2 ' })).toEqual({
      p24: { merchantId: 1, posId: 2, apiKey: 'k', crc: 'c', baseUrl: 'https://sandbox.przelewy24.pl' },
      notifyUrl: 'https://app.example/api/payments/p24/notify',
      defaultReturnUrl: 'https://app.example/admin/billing',
      notifyIps: ['1.1.1.1', '2.2.2.2'],
    })
  })
  it('falls back to the simulator with the dev credentials; P24_NOTIFY_URL overrides the notify address', () => {
    const settings = readPaymentsSettings({ P24_SIMULATOR_URL: 'http://127.0.0.1:4024', P24_NOTIFY_URL: 'http://127.0.0.1:5/n' })
    expect(settings).toMatchObject({ p24: { ...DEV_P24_CREDENTIALS, baseUrl: 'http://127.0.0.1:4024' }, notifyUrl: 'http://127.0.0.1:5/n' })
  })
})
