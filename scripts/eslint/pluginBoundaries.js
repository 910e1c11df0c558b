/**
 * ESLint rule `platform/plugin-boundaries`: a file in `plugins/<name>/` may import
 * packages, the platform's public entries (`@platform`, `@platform/admin` for admin views, `@platform/format`;
 * for tests `@platform/testing`, for browser tests `@platform/e2e`) and files of its own plugin folder; a relative path that leaves the folder (into
 * src/, test/, collections/, another plugin) is an error. DESIGN.md "Plugin contract".
 */
import path from 'node:path'

const PUBLIC = new Set(['@platform', '@platform/admin', '@platform/format', '@platform/testing', '@platform/e2e'])

const check = (context, node) => {
  const source = node.source?.value
  if (typeof source !== 'string') return
  const file = context.filename
  const parts = path.relative(context.cwd, file).split(path.sep)
  if (parts[0] !== 'plugins' || parts.length < 3) return
  const pluginDir = path.join(context.cwd, 'plugins', parts[1])
  if (source.startsWith('@platform')) {
    if (!PUBLIC.has(source))
      context.report({ node, message: `Import '@platform', '@platform/admin', '@platform/format', '@platform/testing' or '@platform/e2e', not '${source}'.` })
    return
  }
  if (source.startsWith('@/') || source === '@payload-config') {
    context.report({ node, message: `A plugin imports the platform only from '@platform', not '${source}'.` })
    return
  }
  if (!source.startsWith('.')) return
  const target = path.resolve(path.dirname(file), source)
  if (target === pluginDir || target.startsWith(pluginDir + path.sep)) return
  context.report({
    node,
    message: `'${source}' leaves plugins/${parts[1]}/: import the platform from '@platform' (tests: '@platform/testing', browser tests: '@platform/e2e'); other plugins only through events and the Local API.`,
  })
}

export const pluginBoundaries = {
  rules: {
    'plugin-boundaries': {
      meta: { type: 'problem', docs: { description: 'Plugins import only their own folder and the platform public API' }, schema: [] },
      create: (context) => ({
        ImportDeclaration: (node) => check(context, node),
        ExportNamedDeclaration: (node) => check(context, node),
        ExportAllDeclaration: (node) => check(context, node),
        ImportExpression: (node) => check(context, node),
      }),
    },
  },
}
