/**
 * A structured diff of two site configurations (for "compare versions"):
 * leaf paths added, removed and changed, formatted like `pages[0].title.pl`.
 * Arrays are compared position by position; objects key by key, in key order
 * (stored JSON does not keep the order keys were written in).
 */
import { formatPath } from './templateConfig'

export type ConfigDiff = {
  added: { path: string; value: unknown }[]
  removed: { path: string; value: unknown }[]
  changed: { path: string; from: unknown; to: unknown }[]
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value)

export const diffConfigs = ({ from, to }: { from: unknown; to: unknown }): ConfigDiff => {
  const diff: ConfigDiff = { added: [], removed: [], changed: [] }
  const walk = (a: unknown, b: unknown, path: (string | number)[]): void => {
    if (Array.isArray(a) && Array.isArray(b)) {
      for (let i = 0; i < Math.max(a.length, b.length); i++) {
        if (i >= a.length) diff.added.push({ path: formatPath([...path, i]), value: b[i] })
        else if (i >= b.length) diff.removed.push({ path: formatPath([...path, i]), value: a[i] })
        else walk(a[i], b[i], [...path, i])
      }
      return
    }
    if (isObject(a) && isObject(b)) {
      for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
        if (!(key in b)) diff.removed.push({ path: formatPath([...path, key]), value: a[key] })
        else if (!(key in a)) diff.added.push({ path: formatPath([...path, key]), value: b[key] })
        else walk(a[key], b[key], [...path, key])
      }
      return
    }
    if (!Object.is(a, b)) diff.changed.push({ path: formatPath(path), from: a, to: b })
  }
  walk(from, to, [])
  return diff
}
