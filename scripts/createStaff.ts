/**
 * `npm run create-staff -- --email you@example.com [--password secret]`: creates a
 * staff account, or makes an existing account staff. The only way to the first
 * staff account (the admin's "create first user" form is closed).
 */
import { parseArgs } from 'node:util'

import { startPlatform } from '../src/platform/lifecycle'

const { values } = parseArgs({ options: { email: { type: 'string' }, password: { type: 'string' } } })
const email = values.email?.trim().toLowerCase()
if (!email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
  console.error('Usage: npm run create-staff -- --email you@example.com [--password at-least-12-chars]')
  process.exit(2)
}
if (values.password !== undefined && values.password.length < 12) {
  console.error('The password must be at least 12 characters long.')
  process.exit(2)
}

const platform = await startPlatform({ processJobs: false })
let code = 0
try {
  const { payload } = platform
  const existing = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, overrideAccess: true }) // Run by an operator on the server: the trusted path that makes staff.
  if (existing.docs[0]) {
    await payload.update({
      collection: 'users',
      id: existing.docs[0].id,
      data: { isStaff: true, isActive: true, ...(values.password ? { password: values.password } : {}) },
      overrideAccess: true,
    })
    console.log(`${email} is now platform staff.`)
  } else {
    if (!values.password) throw new Error('A new account needs --password (sign-in links come with passwordless sign-in).')
    await payload.create({ collection: 'users', data: { email, password: values.password, isStaff: true }, overrideAccess: true })
    console.log(`Created staff account ${email}.`)
  }
} catch (error) {
  console.error((error as Error).message)
  code = 1
} finally {
  await platform.stop()
}
process.exit(code)
