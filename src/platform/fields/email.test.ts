import { emailSchema, parseEmail } from './email'

describe('parseEmail', () => {
  it('trims and lower-cases plausible addresses', () => {
    expect(parseEmail('  Anna@Example.COM ')).toBe('anna@example.com')
    expect(parseEmail('ala.nowak+kurs@poczta.example.pl')).toBe('ala.nowak+kurs@poczta.example.pl')
    expect(parseEmail(`${'a'.repeat(64)}@${'b'.repeat(180)}.com`)).toHaveLength(249)
  })

  it('rejects what is not an address, or not one an email field can store', () => {
    const bad = [
      undefined,
      null,
      42,
      {},
      '',
      '   ',
      'anna',
      'anna@',
      '@example.com',
      'a b@example.com',
      'anna@example',
      'anna@@example.com',
      'anna..kowalska@example.com',
      '"anna"@example.com',
      'anna@-example.com',
      'anna@example.com\nBcc: x@example.com',
      'Anna <anna@example.com>',
      `${'a'.repeat(250)}@example.com`,
    ]
    for (const value of bad) expect({ value, parsed: parseEmail(value) }).toEqual({ value, parsed: undefined })
  })

  it('is a zod schema other schemas can compose', () => {
    expect(emailSchema.optional().parse(undefined)).toBeUndefined()
    expect(emailSchema.safeParse(' X@Y.PL ').data).toBe('x@y.pl')
  })
})
