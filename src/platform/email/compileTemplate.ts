/**
 * Compiling and rendering email templates, shared by the file defaults and the
 * owners' overrides stored in the database. Handlebars escaping stays on for
 * the HTML body; only Handlebars' built-in helpers are allowed, and partials
 * are refused, so an owner's template can only show the values it is given.
 */
import Handlebars from 'handlebars'

import { htmlToText } from './renderTemplate'

const OPTIONS = { knownHelpersOnly: true, strict: false } as const

/** `message` in English; `pl` when the platform words it (Handlebars' own parse errors stay as Handlebars wrote them). */
export type TemplateProblem = { line?: number; message: string; pl?: string }

type Node = { type: string; loc?: { start: { line: number } }; [key: string]: unknown }

/** The first partial or decorator in the template: they could reach beyond the data given. */
const findForbidden = (node: unknown): Node | undefined => {
  if (!node || typeof node !== 'object') return undefined
  const current = node as Node
  if (['PartialStatement', 'PartialBlockStatement', 'Decorator', 'DecoratorBlock'].includes(current.type)) return current
  for (const key of ['body', 'program', 'inverse']) {
    const child = current[key]
    const children = Array.isArray(child) ? child : [child]
    for (const item of children) {
      const found = findForbidden(item)
      if (found) return found
    }
  }
  return undefined
}

const lineOf = (error: unknown): number | undefined => {
  const fromError = (error as { lineNumber?: number }).lineNumber
  if (typeof fromError === 'number') return fromError
  const match = /on line (\d+)/.exec(String((error as Error).message))
  return match ? Number(match[1]) : undefined
}

const describe = (error: unknown): Pick<TemplateProblem, 'message' | 'pl'> => {
  const message = String((error as Error)?.message ?? error)
  // Parse errors carry an excerpt and a caret; the last line says what was expected.
  if (message.startsWith('Parse error')) return { message: message.split('\n').at(-1) ?? message }
  const helper = /unknown helper (\S+)/.exec(message)?.[1]
  if (helper) return { message: `There is no helper "${helper}" in email templates`, pl: `W szablonach e-maili nie ma pomocnika „${helper}”` }
  return { message: message.replace(/ - \d+:\d+$/, '') }
}

/** Why `source` cannot be used as a template (with its line when Handlebars knows it), or undefined when it compiles and renders. */
export const findTemplateProblem = (source: string, sample: Record<string, unknown> = {}): TemplateProblem | undefined => {
  let ast: unknown
  try {
    ast = Handlebars.parse(source)
  } catch (error) {
    return { line: lineOf(error), ...describe(error) }
  }
  const forbidden = findForbidden(ast)
  if (forbidden)
    return {
      line: forbidden.loc?.start.line,
      message: 'Partials and decorators are not available in email templates',
      pl: 'W szablonach e-maili nie można używać partiali ani dekoratorów',
    }
  try {
    Handlebars.compile(source, OPTIONS)(sample)
  } catch (error) {
    return { line: lineOf(error), ...describe(error) }
  }
  return undefined
}

export const formatProblem = (problem: TemplateProblem, language: string = 'en'): string => {
  if (language === 'pl') {
    const text = problem.pl ?? problem.message
    return problem.line ? `Błąd szablonu w wierszu ${problem.line}: ${text}` : `Błąd szablonu: ${text}`
  }
  return problem.line ? `Template error on line ${problem.line}: ${problem.message}` : `Template error: ${problem.message}`
}

const escapeHtml = (value: string) => Handlebars.Utils.escapeExpression(value)

/** A minimal, widely supported HTML frame around the template's body. */
export const wrapHtml = ({ body, subject, locale }: { body: string; subject: string; locale: string }): string =>
  `<!doctype html>
<html lang="${escapeHtml(locale)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:24px;background:#f5f5f4;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1c1917">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px">
${body.trim()}
</div>
</body>
</html>`

export type RenderedParts = { subject: string; html: string; text: string }

/** Renders a subject line and an HTML body; the plain-text part is made from the body. */
export const renderParts = ({
  subject,
  content,
  data,
  locale,
}: {
  subject: string
  content: string
  data: Record<string, unknown>
  locale: string
}): RenderedParts => {
  // The subject is a header, not HTML: no escaping (nodemailer encodes it).
  const renderedSubject = Handlebars.compile(subject, { ...OPTIONS, noEscape: true })(data)
    .replace(/\s+/g, ' ')
    .trim()
  const body = Handlebars.compile(content, OPTIONS)(data)
  return { subject: renderedSubject, html: wrapHtml({ body, subject: renderedSubject, locale }), text: htmlToText(body) }
}
