/**
 * The standing attack suite (`npm run test:security`): every test file under
 * test/security/, picked up by name, so files added there later run without
 * edits. `npm test` leaves that folder out (jest.config.js), so CI runs each file once.
 */
import base from './jest.config.js'

export default {
  ...base,
  testMatch: ['<rootDir>/test/security/**/*.test.ts'],
  testPathIgnorePatterns: base.testPathIgnorePatterns.filter((pattern) => pattern !== '<rootDir>/test/security/'),
}
