/**
 * The consumer-key script against the fake OVH over real HTTP: it asks for exactly the plugin's access rules,
 * the key is refused until the account's owner validates it at the printed URL, then allows those calls and
 * nothing else.
 */
import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'

import { projectRoot } from '@platform'
import { createOvhClient, DOMAINS_ACCESS_RULES, forgetOvhTimeOffsets, ovhApi, OvhError, ovhSignature } from '../ovh'
import { requestConsumerKey } from '../scripts/requestConsumerKey'
import { DEV_OVH_KEYS, startFakeOvh, type FakeOvh } from '../simulator'

let fake: FakeOvh

beforeAll(async () => {
  fake = await startFakeOvh()
})

afterAll(async () => {
  await fake?.close()
})

const apiWith = (consumerKey: string) =>
  ovhApi(
    createOvhClient({
      endpoint: fake.endpoint,
      applicationKey: DEV_OVH_KEYS.applicationKey,
      applicationSecret: DEV_OVH_KEYS.applicationSecret,
      consumerKey,
      timeoutMs: 5000,
    }),
  )

it('requests a key with exactly the plugin’s rules, usable once validated, for those calls only', async () => {
  const credential = await requestConsumerKey({
    endpoint: fake.endpoint,
    applicationKey: DEV_OVH_KEYS.applicationKey,
    redirection: 'https://platforma.example/ok',
  })
  expect(credential).toEqual({
    consumerKey: expect.stringMatching(/^[0-9a-f]{32}$/),
    state: 'pendingValidation',
    validationUrl: expect.stringContaining(`${fake.url}/auth/?credentialToken=`),
  })
  expect(fake.credential(credential.consumerKey)!.rules).toEqual(DOMAINS_ACCESS_RULES)

  // Pending: refused.
  forgetOvhTimeOffsets()
  await expect(apiWith(credential.consumerKey).createCart()).rejects.toMatchObject({
    errorCode: 'INVALID_CREDENTIAL',
    ovhMessage: 'This credential is not valid',
  })

  // The owner opens the URL (the rules are listed) and authorizes; OVH sends them to the redirection.
  const page = await fetch(credential.validationUrl)
  expect(await page.text()).toContain('POST /order/cart/*/checkout')
  const validated = await fetch(credential.validationUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'action=validate',
    redirect: 'manual',
  })
  expect([validated.status, validated.headers.get('location')]).toEqual([303, 'https://platforma.example/ok'])

  const ovh = apiWith(credential.consumerKey)
  const { cartId } = await ovh.createCart()
  expect((await ovh.domainOffers(cartId, 'kowalska.pl'))[0].action).toBe('create')

  // Anything else on the account: "This call has not been granted".
  const timestamp = Math.round(Date.now() / 1000)
  const url = `${fake.endpoint}/me`
  const me = await fetch(url, {
    headers: {
      'X-Ovh-Application': DEV_OVH_KEYS.applicationKey,
      'X-Ovh-Consumer': credential.consumerKey,
      'X-Ovh-Timestamp': String(timestamp),
      'X-Ovh-Signature': ovhSignature({
        applicationSecret: DEV_OVH_KEYS.applicationSecret,
        consumerKey: credential.consumerKey,
        method: 'GET',
        url,
        body: '',
        timestamp,
      }),
    },
  })
  expect([me.status, await me.json()]).toEqual([403, { errorCode: 'NOT_GRANTED_CALL', httpCode: '403 Forbidden', message: 'This call has not been granted' }])
})

it('an unknown application key is refused with OVH’s words', async () => {
  const error = await requestConsumerKey({ endpoint: fake.endpoint, applicationKey: 'unknown' }).catch((caught: unknown) => caught)
  expect(error).toBeInstanceOf(OvhError)
  expect([(error as OvhError).errorCode, (error as OvhError).ovhMessage]).toEqual(['INVALID_KEY', 'Invalid application key'])
})

it('`npm run ovh:consumer-key` prints the rules, the validation URL and the key', async () => {
  const run = promisify(execFile)
  const { stdout } = await run(
    process.execPath,
    ['--conditions=development', '--import', 'tsx', path.join(projectRoot, 'plugins/domains/scripts/consumerKey.ts')],
    {
      cwd: projectRoot,
      env: { PATH: process.env.PATH, NODE_ENV: 'development', OVH_ENDPOINT: fake.endpoint, OVH_APPLICATION_KEY: DEV_OVH_KEYS.applicationKey },
      timeout: 60_000,
    },
  )
  const key = /OVH_CONSUMER_KEY=([0-9a-f]{32})/.exec(stdout)?.[1]
  expect(key).toBeDefined()
  expect(stdout).toContain(`${fake.url}/auth/?credentialToken=`)
  for (const rule of DOMAINS_ACCESS_RULES) expect(stdout).toMatch(new RegExp(`${rule.method}\\s+${rule.path.replace(/[*.]/g, '\\$&')}\\n`))
  expect(fake.credential(key!)).toMatchObject({ state: 'pendingValidation', rules: DOMAINS_ACCESS_RULES })
})
