/**
 * JSON exactly as P24's PHP reference encodes the data it signs:
 * `json_encode($data, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES)`.
 * The sign is a hash of these bytes, so one differing escape means "Incorrect sign".
 *
 * What PHP does with those flags (php-src ext/json/json_encoder.c):
 * - keys in insertion order, no whitespace;
 * - `"` and `\` escaped, `/` left as is (UNESCAPED_SLASHES);
 * - \b \f \n \r \t as short escapes, other control characters < 0x20 as \u00XX (lowercase hex);
 * - non-ASCII left as raw UTF-8 (UNESCAPED_UNICODE) EXCEPT U+2028 and U+2029, which PHP >= 7.1
 *   still escapes unless JSON_UNESCAPED_LINE_TERMINATORS is also given;
 * - DEL (0x7f) is not escaped.
 * JSON.stringify agrees on all of this except U+2028/U+2029 (and lone surrogates, which PHP refuses
 * as invalid UTF-8), hence an encoder of our own rather than a patched JSON.stringify.
 */
export type PhpJsonValue = string | number | boolean | null | PhpJsonValue[] | { [key: string]: PhpJsonValue }

const SHORT: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t' }

const hex4 = (code: number) => '\\u' + code.toString(16).padStart(4, '0')

export const phpString = (value: string): string => {
  let out = '"'
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]
    const code = value.charCodeAt(i)
    if (SHORT[ch]) out += SHORT[ch]
    else if (code < 0x20 || code === 0x2028 || code === 0x2029) out += hex4(code)
    else if (code >= 0xd800 && code <= 0xdfff) {
      // A surrogate pair is one character, encoded raw; a lone surrogate is invalid UTF-8, which PHP rejects.
      const next = value.charCodeAt(i + 1)
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        out += ch + value[i + 1]
        i++
      } else throw new Error('phpJson: lone surrogate (PHP json_encode fails on malformed UTF-8)')
    } else out += ch
  }
  return out + '"'
}

export const phpJson = (value: PhpJsonValue): string => {
  if (value === null) return 'null'
  if (typeof value === 'string') return phpString(value)
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  if (typeof value === 'number') {
    // Everything P24 signs is an integer (grosze, ids); a float would be encoded differently by PHP.
    if (!Number.isSafeInteger(value)) throw new Error(`phpJson: ${value} is not an integer`)
    return String(value)
  }
  if (Array.isArray(value)) return '[' + value.map(phpJson).join(',') + ']'
  return (
    '{' +
    Object.keys(value)
      .map((key) => phpString(key) + ':' + phpJson(value[key]))
      .join(',') +
    '}'
  )
}
