import { sampleEmailData } from './sampleData'

describe('email sample data', () => {
  it('merges plugins’ samples with the core’s', () => {
    const data = sampleEmailData('pl', 'http://localhost:3000', [() => ({ bookingTitle: 'Konsultacja' }), () => ({ siteName: 'Anna Kowalska Coaching' })])
    expect(data).toMatchObject({ siteName: 'Anna Kowalska Coaching', bookingTitle: 'Konsultacja', platformName: 'Platforma' })
  })

  it('refuses a plugin sample that gives a shared key another value (it would change other templates’ previews)', () => {
    expect(() => sampleEmailData('en', 'http://localhost:3000', [() => ({ siteName: "Anna Kowalska's coaching" })])).toThrow(
      'Email sample data: "siteName" is already "Anna Kowalska Coaching"',
    )
    expect(() => sampleEmailData('pl', 'http://localhost:3000', [() => ({ hostName: 'Anna' }), () => ({ hostName: 'Marek' })])).toThrow('"hostName"')
  })
})
