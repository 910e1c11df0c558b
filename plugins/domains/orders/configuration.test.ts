import { parseConfigurationValues, planConfiguration } from './configuration'

// What OVH (and the fake) answer for a new .pl domain item.
const required = [
  { label: 'OWNER_LEGAL_AGE', type: 'bool', required: true },
  { label: 'OWNER_CONTACT', type: '/me/contact', required: false },
  { label: 'DNS', type: 'String', required: false },
]

it('answers legal age, and the owner contact only when the platform has one', () => {
  expect(planConfiguration(required, {})).toEqual({ values: [{ label: 'OWNER_LEGAL_AGE', value: 'true' }], missing: [] })
  expect(planConfiguration(required, { ownerContact: '/me/contact/1234' })).toEqual({
    values: [
      { label: 'OWNER_LEGAL_AGE', value: 'true' },
      { label: 'OWNER_CONTACT', value: '/me/contact/1234' },
    ],
    missing: [],
  })
})

it('DOMAINS_OVH_CONFIGURATION answers any label and wins over the defaults', () => {
  const plan = planConfiguration([...required, { label: 'ACCEPT_CONDITIONS', type: 'bool', required: true }], {
    ownerContact: '/me/contact/1',
    values: { ACCEPT_CONDITIONS: 'true', OWNER_CONTACT: '/me/contact/2', DNS: 'dns200.anycast.me' },
  })
  expect(plan).toEqual({
    values: [
      { label: 'OWNER_LEGAL_AGE', value: 'true' },
      { label: 'OWNER_CONTACT', value: '/me/contact/2' },
      { label: 'DNS', value: 'dns200.anycast.me' },
      { label: 'ACCEPT_CONDITIONS', value: 'true' },
    ],
    missing: [],
  })
})

it('a required label without a value, or with one OVH does not allow, is missing', () => {
  const plan = planConfiguration(
    [
      { label: 'AUTH_INFO', type: 'String', required: true },
      { label: 'OWNER_CONTACT', type: '/me/contact', required: true },
      { label: 'REGION', type: 'String', required: true, allowedValues: ['EU'] },
    ],
    { values: { REGION: 'US' } },
  )
  expect(plan).toEqual({ values: [], missing: ['AUTH_INFO', 'OWNER_CONTACT', 'REGION'] })
})

it('reads DOMAINS_OVH_CONFIGURATION strictly', () => {
  expect(parseConfigurationValues(undefined)).toEqual({})
  expect(parseConfigurationValues('  ')).toEqual({})
  expect(parseConfigurationValues('{"OWNER_CONTACT":"/me/contact/9"}')).toEqual({ OWNER_CONTACT: '/me/contact/9' })
  expect(() => parseConfigurationValues('{oops')).toThrow(/must be a JSON object/)
  expect(() => parseConfigurationValues('["a"]')).toThrow(/label → value/)
  expect(() => parseConfigurationValues('{"A":1}')).toThrow(/value of A must be a string/)
})
