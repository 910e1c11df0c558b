import { findTemplateProblem, formatProblem, renderParts } from './compileTemplate'

describe('email template checks', () => {
  it('accepts templates that use data and the built-in helpers', () => {
    expect(findTemplateProblem('<p>{{#if name}}Hi {{name}}{{else}}Hi{{/if}}</p>\n{{#each items}}<li>{{this}}</li>{{/each}}')).toBeUndefined()
  })

  it('names the line of a parse error', () => {
    const problem = findTemplateProblem('<p>Hello</p>\n<p>{{#if name}}\n<p>never closed</p>')
    expect(problem).toEqual({ line: 3, message: expect.stringContaining("got 'EOF'") })
    expect(formatProblem(problem!)).toMatch(/^Template error on line 3: Expecting/)
    expect(formatProblem(problem!, 'pl')).toMatch(/^Błąd szablonu w wierszu 3: /)
  })

  it('refuses unknown helpers, partials and decorators, with their line', () => {
    const helper = findTemplateProblem('<p>ok</p>\n<p>{{shout name}}</p>')
    expect(helper).toEqual({ line: 2, message: 'There is no helper "shout" in email templates', pl: 'W szablonach e-maili nie ma pomocnika „shout”' })
    expect(formatProblem(helper!, 'pl')).toBe('Błąd szablonu w wierszu 2: W szablonach e-maili nie ma pomocnika „shout”')
    const partial = findTemplateProblem('a\nb\n{{> header}}')
    expect(partial).toMatchObject({ line: 3, message: expect.stringContaining('Partials') })
    expect(formatProblem(partial!, 'pl')).toBe('Błąd szablonu w wierszu 3: W szablonach e-maili nie można używać partiali ani dekoratorów')
  })

  it('reports a template that fails only when rendered, without a line', () => {
    expect(findTemplateProblem('{{#each}}x{{/each}}')).toEqual({ line: undefined, message: 'Must pass iterator to #each' })
  })
})

describe('rendering', () => {
  it('escapes values in the body, not in the subject, and adds a text part', () => {
    const parts = renderParts({
      subject: 'Hi {{name}} & co',
      content: '<p>Hello <b>{{name}}</b></p>\n<p><a href="{{link}}">Open</a></p>',
      data: { name: '<Ania>', link: 'https://x.test/?a=1&b=2' },
      locale: 'en',
    })
    expect(parts.subject).toBe('Hi <Ania> & co')
    expect(parts.html).toContain('<p>Hello <b>&lt;Ania&gt;</b></p>')
    expect(parts.html).toContain('<html lang="en">')
    expect(parts.html).toContain('<title>Hi &lt;Ania&gt; &amp; co</title>')
    expect(parts.text).toBe('Hello <Ania>\n\nOpen (https://x.test/?a=1&b=2)')
  })

  it('does not reach prototype properties', () => {
    expect(renderParts({ subject: 's', content: '{{constructor.name}}|{{__proto__}}', data: {}, locale: 'pl' }).text).toBe('|')
  })
})
