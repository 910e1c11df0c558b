import { readP24Config } from './config'

describe('readP24Config', () => {
  const full = { P24_MERCHANT_ID: '11111', P24_POS_ID: '22222', P24_API_KEY: 'key', P24_CRC: 'crc', P24_BASE_URL: 'https://sandbox.przelewy24.pl/' }

  it('reads all five settings', () => {
    expect(readP24Config(full)).toEqual({ merchantId: 11111, posId: 22222, apiKey: 'key', crc: 'crc', baseUrl: 'https://sandbox.przelewy24.pl' })
  })

  it('is null when nothing is set (dev falls back to the simulator)', () => {
    expect(readP24Config({})).toBeNull()
  })

  it('names what is missing when partly set', () => {
    expect(() => readP24Config({ ...full, P24_CRC: '', P24_API_KEY: undefined })).toThrow('P24_API_KEY, P24_CRC')
  })

  it('rejects non-numeric ids and bad URLs', () => {
    expect(() => readP24Config({ ...full, P24_POS_ID: 'abc' })).toThrow('P24_POS_ID')
    expect(() => readP24Config({ ...full, P24_BASE_URL: 'nope' })).toThrow('P24_BASE_URL')
  })
})
