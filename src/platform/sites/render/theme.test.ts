import { contrastRatio, fontStack, readableOn, themeCss } from './theme'

describe('theme', () => {
  it('turns the theme into CSS custom properties with system fallbacks and readable button text', () => {
    const css = themeCss({ colors: { primary: '#fff', accent: 'red' }, fonts: { heading: 'Playfair Display', body: 'Inter' } })
    expect(css).toContain('--color-primary:#fff')
    expect(css).toContain('--color-accent:#b45309') // an invalid colour keeps the default
    expect(css).toContain('--color-on-primary:#111111')
    expect(css).toContain("--font-heading:'Playfair Display', Georgia")
    expect(css).toContain("--font-body:'Inter', system-ui")
    expect(fontStack(undefined)).toMatch(/^system-ui/)
  })

  it('computes WCAG contrast', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(readableOn('#1f4e5f')).toBe('#ffffff')
    expect(readableOn('#f6efe6')).toBe('#111111')
  })
})
