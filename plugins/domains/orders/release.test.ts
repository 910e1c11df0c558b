import { checkDomainName } from '../search/domainName'
import { isReleasedPlaceholder, orderName, releasedPlaceholder } from './release'

it('a released name’s placeholder is a valid, unique name under .invalid, never a real one', () => {
  const first = releasedPlaceholder(12)
  expect(first).toMatch(/^released-12-[0-9a-f]{8}\.invalid$/)
  expect(checkDomainName(first)).toBe(true)
  expect(releasedPlaceholder(12)).not.toBe(first)
  expect(isReleasedPlaceholder(first)).toBe(true)
  expect(isReleasedPlaceholder('kowalska.pl')).toBe(false)
  expect(isReleasedPlaceholder(null)).toBe(false)
})

it('an order is known by the name it had', () => {
  expect(orderName({ domainName: 'kowalska.pl' })).toBe('kowalska.pl')
  expect(orderName({ domainName: releasedPlaceholder(3), releasedName: 'kowalska.pl' })).toBe('kowalska.pl')
  expect(orderName({ domainName: releasedPlaceholder(3) })).toBe('')
})
