/**
 * The lint rule that keeps server messages in the reader's language (scripts/eslint/translatedMessages.js), run
 * through ESLint's API with the project's own eslint.config.js on small snippets placed where they would live:
 * an English-only message fails, `say(req, t(en, pl))` passes, and tests are not checked.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { ESLint } from 'eslint'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const RULE = 'messages/translated-messages'

let eslint: ESLint

beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT, overrideConfigFile: path.join(ROOT, 'eslint.config.js') })
})

/** The lines the rule reports for `code` as if it were the file `file`. */
const reported = async (file: string, code: string): Promise<number[]> => {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) })
  const fatal = result.messages.filter((message) => message.fatal)
  expect(fatal).toEqual([])
  return result.messages.filter((message) => message.ruleId === RULE).map((message) => message.line)
}

const HEADER = `import { APIError } from 'payload'\nimport { jsonError, say, t, tooManyRequests } from '@platform'\n`

describe('platform/translated-messages', () => {
  it('fails an English-only message of APIError, jsonError and tooManyRequests, literal or template', async () => {
    const code = `${HEADER}
export const handler = (req: never, id: string) => {
  if (!id) throw new APIError('Site not found.', 404)
  if (id === 'x') return jsonError(\`No site \${id}.\`, 404)
  if (id === 'y') return tooManyRequests('Too many requests. ' + id, 60)
  if (id === 'z') return jsonError(NOT_PENDING, 409)
  throw new APIError(id ? 'Gone.' : say(req, t('Gone.', 'Nie ma.')), 410)
}
const NOT_PENDING = 'This payment is not waiting to be paid.'
`
    expect(await reported('plugins/example/endpoints/sample.ts', code)).toEqual([5, 6, 7, 8, 9])
  })

  it('names the fix in its message', async () => {
    const [result] = await eslint.lintText(`${HEADER}\nexport const f = () => { throw new APIError('Nope.', 400) }\n`, {
      filePath: path.join(ROOT, 'src/platform/sample.ts'),
    })
    expect(result.messages.find((message) => message.ruleId === RULE)?.message).toMatch(/say\(req, t\("English\.", "Po polsku\."\)\)/)
  })

  it("fails an English message in an errors list, a ValidationError's data or Response.json", async () => {
    const code = `import { ValidationError } from 'payload'
export const a = () => Response.json({ errors: [{ message: 'Component not found.' }] }, { status: 404 })
export const b = (req: never) => new ValidationError({ collection: 'x', errors: [{ path: 'name', message: 'Invalid name' }], req })
export const c = () => Response.json({ message: 'Saved.' })
export const d = () => ({ message: 'not an answer: a plain object is not checked' })
`
    expect(await reported('collections/sample/hooks/sample.ts', code)).toEqual([2, 3, 4])
  })

  it("fails a field validate that returns an English text, inline or declared in the file, and passes the admin's language", async () => {
    const code = `import { t, validationMessage } from '@platform'
const checkSlug = (value: unknown) => (typeof value === 'string' ? true : 'Use lowercase letters.')
export const fields = [
  { name: 'a', type: 'text', validate: (value: unknown) => (value ? true : 'Required.') },
  { name: 'b', type: 'text', validate: checkSlug },
  { name: 'c', type: 'text', validate: (value: unknown, { req }: { req?: unknown }) => (value ? true : validationMessage(req, t('Required.', 'Wymagane.'))) },
]
`
    expect(await reported('plugins/example/collections/sample.ts', code)).toEqual([2, 4])
  })

  it('fails a thrown Error with an English message in endpoints and hooks only', async () => {
    const code = `export const f = (ok: boolean) => { if (!ok) throw new Error('Something is wrong.') }\n`
    expect(await reported('plugins/example/endpoints/sample.ts', code)).toEqual([1])
    expect(await reported('collections/sample/hooks/sample.ts', code)).toEqual([1])
    // Elsewhere a thrown Error is a developer's (a misconfigured plugin at boot), not an answer.
    expect(await reported('src/platform/plugins/sample.ts', code)).toEqual([])
  })

  it('passes translated messages and leaves tests alone', async () => {
    const code = `${HEADER}
export const handler = (req: never) => {
  throw new APIError(say(req, t('Site not found.', 'Nie znaleziono strony.')), 404)
}
export const quiet = () => jsonError('', 204)
`
    expect(await reported('plugins/example/endpoints/sample.ts', code)).toEqual([])
    expect(await reported('plugins/example/test/sample.test.ts', `${HEADER}\nexport const f = () => { throw new APIError('Nope.', 400) }\n`)).toEqual([])
  })
})
