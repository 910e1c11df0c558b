/**
 * Pure, immutable updates of a site config by path (`['pages', 0, 'sections', 2, 'heading', 'pl']`):
 * each returns a new object, sharing untouched branches, and never changes its input.
 */
export type Path = readonly (string | number)[]

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value)

export const getIn = (root: unknown, path: Path): unknown =>
  path.reduce<unknown>((node, key) => {
    if (Array.isArray(node) && typeof key === 'number') return node[key]
    if (isObject(node) && typeof key === 'string') return node[key]
    return undefined
  }, root)

/** Sets the value at `path`, creating objects (string keys) or arrays (number keys) on the way; `undefined` removes an object key. */
export const setIn = (root: unknown, path: Path, value: unknown): unknown => {
  if (!path.length) return value
  const [key, ...rest] = path
  if (typeof key === 'number') {
    const list = Array.isArray(root) ? [...root] : []
    list[key] = setIn(list[key], rest, value)
    return list
  }
  const object: Record<string, unknown> = isObject(root) ? { ...root } : {}
  const next = setIn(object[key], rest, value)
  if (next === undefined) delete object[key]
  else object[key] = next
  return object
}

/** Applies `change` to the array at `path` (an absent array counts as empty). */
export const updateList = (root: unknown, path: Path, change: (list: unknown[]) => unknown[]): unknown => {
  const current = getIn(root, path)
  return setIn(root, path, change(Array.isArray(current) ? current : []))
}

export const removeAt = <T>(list: readonly T[], index: number): T[] => list.filter((_, at) => at !== index)

export const insertAt = <T>(list: readonly T[], index: number, item: T): T[] => [...list.slice(0, index), item, ...list.slice(index)]

/** Moves the item at `from` by `by` places (−1 up, +1 down); out of range leaves the list as it is. */
export const moveBy = <T>(list: readonly T[], from: number, by: number): T[] => {
  const to = from + by
  if (from < 0 || from >= list.length || to < 0 || to >= list.length) return [...list]
  const next = [...list]
  const [item] = next.splice(from, 1)
  next.splice(to, 0, item)
  return next
}

/** JSON with keys sorted, so two configs compare equal whatever order their keys were stored in. */
export const stableJson = (value: unknown): string =>
  JSON.stringify(value, (_key, node) =>
    isObject(node)
      ? Object.fromEntries(
          Object.keys(node)
            .sort()
            .map((key) => [key, node[key]]),
        )
      : node,
  )
