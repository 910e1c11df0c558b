/**
 * The two doors to a collection, REST and GraphQL, behind one shape: each
 * operation's answer is read as `allowed` (it did what was asked), `refused`
 * (access said no: 401/403/404, or a scoped list without the record) or
 * `other` (anything else: a 5xx, a validation error, a schema mismatch),
 * with a short `answer` for readable failures.
 */
import type { ApiResponse, Session } from '@platform/testing'
import { TEST_PUBLIC_URL } from '@platform/testing'
import type { GraphQLNames } from './graphqlSchema'
import type { Operation } from './expectations'

export type ID = number | string
export type Door = 'REST' | 'GraphQL'
/** `status`: the HTTP status (REST), or the first error's status (GraphQL answers 200 around its errors). */
export type Outcome = { verdict: 'allowed' | 'refused' | 'other'; status: number; answer: string; id?: ID; fields?: string[] }

/** The fields an error names: a ValidationError's `{ errors: [{ path }] }` or an APIError's `[{ path }]`. */
const fieldsNamed = (data: unknown): string[] => {
  const list = Array.isArray(data) ? data : Array.isArray((data as { errors?: unknown })?.errors) ? (data as { errors: unknown[] }).errors : []
  return list.map((item) => (item as { path?: unknown })?.path).filter((path): path is string => typeof path === 'string')
}
export type Call = { slug: string; operation: Operation; id?: ID; data?: Record<string, unknown> }

const ACCESS_STATUSES = [401, 403, 404]
/** A file for an upload collection's create, and the server to send it to (a Session keeps only its cookie). */
export type Upload = { baseURL: string; file: { data: Buffer; mimetype: string; name: string } }

/** An upload collection's create as the admin sends it: the file and the fields (`_payload`) in one multipart body. */
const multipart = async (caller: Session, path: string, data: Record<string, unknown>, { baseURL, file }: Upload): Promise<ApiResponse> => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), file.name)
  form.append('_payload', JSON.stringify(data))
  const cookie = caller.cookie()
  const response = await fetch(`${baseURL}${path}`, {
    method: 'POST',
    headers: { origin: TEST_PUBLIC_URL, 'accept-language': 'en', ...(cookie ? { cookie } : {}) },
    body: form,
  })
  const text = await response.text()
  let body: unknown = text
  try {
    body = text ? JSON.parse(text) : undefined
  } catch {
    // not JSON; keep the text
  }
  return { status: response.status, body, headers: response.headers }
}

const same = (a: unknown, b: unknown) => a !== undefined && a !== null && String(a) === String(b)

const restAnswer = (response: ApiResponse) => {
  const message = response.body?.errors?.[0]?.message ?? response.body?.message
  return `${response.status}${message ? ` ${String(message).slice(0, 160)}` : ''}`
}

const whereId = (id: ID) => `where[id][equals]=${encodeURIComponent(String(id))}`

/**
 * Create and update bodies are generated from field configs alone, so a collection's own rules (an end after
 * its start, a real time zone) may refuse them with a 400. Access runs before those rules, so a 400 still proves
 * the caller got through; a refusal by access is never a 400.
 */
const passedAccess = (operation: Operation, status: number) => status === 400 && (operation === 'create' || operation === 'update')

const restRequest = (caller: Session, { slug, operation, id, data }: Call, upload?: Upload): Promise<ApiResponse> => {
  const base = `/api/${slug}`
  switch (operation) {
    case 'read':
      return caller.request('GET', `${base}/${id}?depth=0`)
    case 'list':
      return caller.request('GET', `${base}?depth=0&limit=0&${whereId(id!)}`)
    case 'count':
      return caller.request('GET', `${base}/count?${whereId(id!)}`)
    case 'create':
      return upload ? multipart(caller, `${base}?depth=0`, data ?? {}, upload) : caller.request('POST', `${base}?depth=0`, data)
    case 'update':
      return caller.request('PATCH', `${base}/${id}?depth=0`, data ?? {})
    case 'delete':
      return caller.request('DELETE', `${base}/${id}?depth=0`)
  }
}

export const rest = async (caller: Session, call: Call, upload?: Upload): Promise<Outcome> => {
  const { operation, id } = call
  const response = await restRequest(caller, call, upload)
  const { status } = response
  const body = response.body ?? {}
  const fields = ((body.errors ?? []) as { data?: unknown }[]).flatMap((error) => fieldsNamed(error.data))
  const outcome = (verdict: Outcome['verdict'], note = '', created?: ID): Outcome => ({
    verdict,
    status,
    answer: `${restAnswer(response)}${note}`,
    id: created,
    fields,
  })
  if (ACCESS_STATUSES.includes(status)) return outcome('refused')
  if (passedAccess(operation, status)) return outcome('allowed', " (passed access, refused by the collection's own rules)")
  if (status >= 300) return outcome('other')
  switch (operation) {
    case 'read':
      return outcome(same(body.id, id) ? 'allowed' : 'other')
    case 'list': {
      const ids: unknown[] = (body.docs ?? []).map((doc: { id: ID }) => doc.id)
      return outcome(ids.some((found) => same(found, id)) ? 'allowed' : ids.length ? 'other' : 'refused', ` docs=${ids.length}`)
    }
    case 'count':
      return outcome(body.totalDocs === 1 ? 'allowed' : body.totalDocs === 0 ? 'refused' : 'other', ` totalDocs=${body.totalDocs}`)
    case 'create':
      return outcome(status === 201 && body.doc?.id !== undefined ? 'allowed' : 'other', '', body.doc?.id)
    case 'update':
    case 'delete':
      return outcome(same(body.doc?.id, id) ? 'allowed' : 'other')
  }
}

type GraphQLError = { message?: string; extensions?: { statusCode?: number; data?: unknown } }

const idLiteral = (id: ID) => (typeof id === 'number' ? String(id) : JSON.stringify(id))

/** The operation as GraphQL, with the names and argument types read from the running schema. */
const document = (names: GraphQLNames, { operation, id }: Call): { field: string; query: string } | undefined => {
  const { singular, plural, args } = names
  const field = {
    read: singular,
    list: plural,
    count: `count${plural}`,
    create: `create${singular}`,
    update: `update${singular}`,
    delete: `delete${singular}`,
  }[operation]
  const type = (arg: string) => args[field]?.[arg]
  if (!args[field]) return undefined
  const where = id === undefined ? '' : `where: { id: { equals: ${idLiteral(id)} } }`
  switch (operation) {
    case 'read':
      return { field, query: `query ($id: ${type('id')}) { ${field}(id: $id) { id } }` }
    case 'list':
      return { field, query: `query { ${field}(${where}, limit: 0) { docs { id } } }` }
    case 'count':
      return { field, query: `query { ${field}(${where}) { totalDocs } }` }
    case 'create':
      return { field, query: `mutation ($data: ${type('data')}) { ${field}(data: $data) { id } }` }
    case 'update':
      return { field, query: `mutation ($id: ${type('id')}, $data: ${type('data')}) { ${field}(id: $id, data: $data) { id } }` }
    case 'delete':
      return { field, query: `mutation ($id: ${type('id')}) { ${field}(id: $id) { id } }` }
  }
}

export const graphql = async (caller: Session, names: GraphQLNames, call: Call): Promise<Outcome> => {
  const doc = document(names, call)
  // A door the schema does not have is closed (e.g. no mutation for a collection); an allowed cell then fails as `other`.
  if (!doc) return { verdict: 'refused', status: 0, answer: `no ${call.operation} field for ${names.singular} in the schema` }
  const variables = { id: call.id, data: call.data ?? {} }
  const response = await caller.request('POST', '/api/graphql', { query: doc.query, variables })
  const errors: GraphQLError[] = response.body?.errors ?? []
  const value = response.body?.data?.[doc.field]
  const statuses = errors.map((error) => error.extensions?.statusCode)
  const status = statuses[0] ?? response.status
  const fields = errors.flatMap((error) => fieldsNamed(error.extensions?.data))
  const answer = `${response.status} ${errors.map((error) => `${error.extensions?.statusCode ?? '-'} ${String(error.message).slice(0, 160)}`).join('; ') || 'ok'}`
  if (errors.length === 1 && passedAccess(call.operation, status))
    return { verdict: 'allowed', status, answer: `${answer} (passed access, refused by the collection's own rules)`, fields }
  if (errors.length) {
    const refused = statuses.every((status) => status !== undefined && ACCESS_STATUSES.includes(status)) && (value === null || value === undefined)
    return { verdict: refused ? 'refused' : 'other', answer, status, fields }
  }
  switch (call.operation) {
    case 'read':
      return { verdict: same(value?.id, call.id) ? 'allowed' : value ? 'other' : 'refused', answer, status }
    case 'list': {
      const ids: unknown[] = (value?.docs ?? []).map((found: { id: ID }) => found.id)
      return {
        verdict: ids.some((found) => same(found, call.id)) ? 'allowed' : ids.length ? 'other' : 'refused',
        answer: `${answer} docs=${ids.length}`,
        status,
      }
    }
    case 'count':
      return {
        verdict: value?.totalDocs === 1 ? 'allowed' : value?.totalDocs === 0 ? 'refused' : 'other',
        answer: `${answer} totalDocs=${value?.totalDocs}`,
        status,
      }
    case 'create':
      return { verdict: value?.id !== undefined ? 'allowed' : 'other', answer, id: value?.id, status }
    case 'update':
    case 'delete':
      return { verdict: same(value?.id, call.id) ? 'allowed' : 'other', answer, status }
  }
}

export const through = (door: Door, caller: Session, names: GraphQLNames, call: Call, upload?: Upload): Promise<Outcome> =>
  door === 'REST' ? rest(caller, call, upload) : graphql(caller, names, call)
