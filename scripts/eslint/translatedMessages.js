/**
 * ESLint rule `platform/translated-messages`: a message the server makes for the admin or a visitor is said in
 * the reader's language, so it is never written as a bare string. It reports an English-only (or Polish-only)
 * text, i.e. a string or template literal with letters in it, used as
 *  - the message of `new APIError(…)`, `jsonError(…)` or `tooManyRequests(…)`, also through a `const` of the file;
 *  - a `message` inside an `errors: [{ message }]` list, or in the objects given to `new APIError`,
 *    `new ValidationError` or `Response.json` (`Response.json({ message: '…' })`);
 *  - what a field's `validate` returns (an inline function, or one declared in the same file);
 *  - with the option `{ plainErrors: true }` (set for endpoints/ and hooks/ folders): `new Error(…)`, whose
 *    message Payload passes on to the admin.
 * Write `say(req, t('English.', 'Po polsku.'))` instead (in a field's `validate`: the admin's language,
 * `validateLocale(req)`). A literal only as part of a translated call (`say(req, t(…))`) is fine.
 */
const LETTERS = /\p{L}/u

const MESSAGE =
  'Say it in the reader\'s language: `say(req, t("English.", "Po polsku."))` (a field\'s `validate`: pick by `validateLocale(req)`), not an English-only text.'

/** Whether an expression is (or may be, on one of its branches) a literal text with words in it. */
const isBareText = (node) => {
  if (!node) return false
  switch (node.type) {
    case 'Literal':
      return typeof node.value === 'string' && LETTERS.test(node.value)
    case 'TemplateLiteral':
      return node.quasis.some((quasi) => LETTERS.test(quasi.value.cooked ?? quasi.value.raw))
    case 'BinaryExpression':
      return node.operator === '+' && (isBareText(node.left) || isBareText(node.right))
    case 'ConditionalExpression':
      return isBareText(node.consequent) || isBareText(node.alternate)
    case 'LogicalExpression':
      return isBareText(node.left) || isBareText(node.right)
    case 'TSAsExpression':
    case 'TSSatisfiesExpression':
    case 'TSNonNullExpression':
      return isBareText(node.expression)
    default:
      return false
  }
}

const calleeName = (callee) =>
  callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' && !callee.computed ? callee.property.name : undefined

const isFunction = (node) => node && (node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression' || node.type === 'FunctionDeclaration')

/** The expressions a function returns (not those of functions nested in it). */
const returnedExpressions = (fn) => {
  if (fn.body.type !== 'BlockStatement') return [fn.body]
  const found = []
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return
    if (node !== fn && isFunction(node)) return
    if (node.type === 'ReturnStatement') {
      if (node.argument) found.push(node.argument)
      return
    }
    for (const [key, child] of Object.entries(node)) {
      if (key === 'parent') continue
      if (Array.isArray(child)) child.forEach(visit)
      else if (child && typeof child === 'object') visit(child)
    }
  }
  visit(fn.body)
  return found
}

/** A function given by name: its declaration in the file (`const check = (value) => …`, `function check(value) {}`). */
const resolveFunction = (context, identifier) => {
  let scope = context.sourceCode.getScope(identifier)
  while (scope) {
    const variable = scope.set.get(identifier.name)
    if (variable) {
      const definition = variable.defs[0]
      if (!definition) return undefined
      if (definition.type === 'FunctionName') return definition.node
      if (definition.type === 'Variable' && isFunction(definition.node.init)) return definition.node.init
      return undefined
    }
    scope = scope.upper
  }
  return undefined
}

const keyName = (property) => (property.key.type === 'Identifier' ? property.key.name : property.key.value)

const ANSWERS = new Set(['APIError', 'ValidationError', 'jsonError', 'tooManyRequests'])

/**
 * Whether a `message` property is part of an answer: inside an `errors: [{ message }]` list, or inside the
 * object and list literals given to `new APIError(…)`, `new ValidationError(…)` or `Response.json(…)`.
 */
const isErrorAnswer = (property) => {
  let node = property.parent
  let child = property
  while (node && (node.type === 'ObjectExpression' || node.type === 'ArrayExpression' || node.type === 'Property')) {
    if (node.type === 'Property' && child === node.value && node.value.type === 'ArrayExpression' && keyName(node) === 'errors') return true
    child = node
    node = node.parent
  }
  if (!node || (node.type !== 'NewExpression' && node.type !== 'CallExpression') || !node.arguments.includes(child)) return false
  const name = calleeName(node.callee)
  const isResponseJson =
    node.callee.type === 'MemberExpression' && node.callee.object.type === 'Identifier' && node.callee.object.name === 'Response' && name === 'json'
  return ANSWERS.has(name) || isResponseJson
}

/** A message given by name: the text a `const` of the same file holds (`const NOT_PENDING = 'This payment …'`). */
const constText = (context, node) => {
  if (node?.type !== 'Identifier') return undefined
  let scope = context.sourceCode.getScope(node)
  while (scope) {
    const variable = scope.set.get(node.name)
    if (variable) {
      const definition = variable.defs[0]
      return definition?.type === 'Variable' && definition.parent?.kind === 'const' ? definition.node.init : undefined
    }
    scope = scope.upper
  }
  return undefined
}

export const translatedMessages = {
  rules: {
    'translated-messages': {
      meta: {
        type: 'problem',
        docs: { description: "Messages for the admin and visitors are said in the reader's language (say(req, t(en, pl)))" },
        schema: [{ type: 'object', properties: { plainErrors: { type: 'boolean' } }, additionalProperties: false }],
      },
      create: (context) => {
        const plainErrors = Boolean(context.options[0]?.plainErrors)
        const report = (node) => context.report({ node, message: MESSAGE })
        const isBareMessage = (node) => isBareText(node) || isBareText(constText(context, node))
        const checkValidate = (value) => {
          const fn = isFunction(value) ? value : value?.type === 'Identifier' ? resolveFunction(context, value) : undefined
          if (fn) for (const returned of returnedExpressions(fn)) if (isBareText(returned)) report(returned)
        }
        return {
          NewExpression: (node) => {
            const name = calleeName(node.callee)
            const [first] = node.arguments
            if ((name === 'APIError' || (plainErrors && name === 'Error')) && isBareMessage(first)) report(first)
          },
          CallExpression: (node) => {
            const name = calleeName(node.callee)
            if ((name === 'jsonError' || name === 'tooManyRequests') && isBareMessage(node.arguments[0])) report(node.arguments[0])
          },
          Property: (node) => {
            const key = keyName(node)
            if (key === 'validate') checkValidate(node.value)
            if (key === 'message' && isBareText(node.value) && isErrorAnswer(node)) report(node.value)
          },
        }
      },
    },
  },
}
