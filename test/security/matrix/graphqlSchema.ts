/**
 * A collection's GraphQL operations as the running schema has them: the names
 * come from the sanitized config (`graphQL.singularName`/`pluralName`, else the
 * slug, made into words by Payload's own `formatNames`/`toWords` as its schema
 * builder does) and are checked against an introspection query, with each
 * field's argument types, so the matrix never guesses a name or a type.
 */
import type { SanitizedCollectionConfig } from 'payload'

import { formatNames, toWords } from 'payload'

import type { Session } from '@platform/testing'

export type GraphQLNames = {
  singular: string
  plural: string
  /** Argument types by field name, as written in a query: `{ updateClient: { id: 'Int!', data: 'mutationClientUpdateInput!' } }`. */
  args: Record<string, Record<string, string>>
}

type TypeRef = { kind: string; name: string | null; ofType: TypeRef | null }
type SchemaField = { name: string; args: { name: string; type: TypeRef }[] }

const TYPE_REF = 'type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }'
const INTROSPECTION = `{ __schema {
  queryType { fields { name args { name ${TYPE_REF} } } }
  mutationType { fields { name args { name ${TYPE_REF} } } }
} }`

const written = (type: TypeRef): string =>
  type.kind === 'NON_NULL' ? `${written(type.ofType!)}!` : type.kind === 'LIST' ? `[${written(type.ofType!)}]` : String(type.name)

/** Every query and mutation field of the schema with its argument types. */
export const readSchema = async (caller: Session): Promise<Map<string, Record<string, string>>> => {
  const response = await caller.request('POST', '/api/graphql', { query: INTROSPECTION })
  if (response.status !== 200 || response.body?.errors) throw new Error(`Introspection failed: ${response.status} ${JSON.stringify(response.body?.errors)}`)
  const { queryType, mutationType } = response.body.data.__schema as { queryType: { fields: SchemaField[] }; mutationType: { fields: SchemaField[] } }
  const fields = new Map<string, Record<string, string>>()
  for (const field of [...queryType.fields, ...mutationType.fields])
    fields.set(field.name, Object.fromEntries(field.args.map((arg) => [arg.name, written(arg.type)])))
  return fields
}

/** The collection's operations that the schema really has (a missing one is simply absent from `args`). */
export const graphQLNames = (collection: SanitizedCollectionConfig, schema: Map<string, Record<string, string>>): GraphQLNames => {
  if (collection.graphQL === false) throw new Error(`${collection.slug} has no GraphQL (graphQL: false)`)
  const fromSlug = formatNames(collection.slug)
  const singular = collection.graphQL?.singularName ? toWords(collection.graphQL.singularName, true) : fromSlug.singular
  const named = collection.graphQL?.pluralName ? toWords(collection.graphQL.pluralName, true) : fromSlug.plural
  // Payload's rule for a slug such as `media`, whose singular and plural are one word.
  const plural = named === singular ? `all${singular}` : named
  const args: GraphQLNames['args'] = {}
  for (const field of [singular, plural, `count${plural}`, `create${singular}`, `update${singular}`, `delete${singular}`]) {
    const found = schema.get(field)
    if (found) args[field] = found
  }
  return { singular, plural, args }
}
