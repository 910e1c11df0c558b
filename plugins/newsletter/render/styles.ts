/**
 * Inline styles of the newsletter email (mail apps drop <style> blocks and external CSS): one simple column,
 * at most 600 px wide, system fonts only.
 */
export const STYLE = {
  body: 'margin:0;padding:0;background-color:#f4f4f5;',
  outer: 'background-color:#f4f4f5;padding:24px 12px;',
  card: 'max-width:600px;margin:0 auto;background-color:#ffffff;border-radius:8px;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.55;color:#1f2937;',
  p: 'margin:0 0 16px 0;',
  h1: 'margin:0 0 16px 0;font-size:26px;line-height:1.25;color:#111827;',
  h2: 'margin:24px 0 12px 0;font-size:22px;line-height:1.3;color:#111827;',
  h3: 'margin:20px 0 10px 0;font-size:18px;line-height:1.35;color:#111827;',
  list: 'margin:0 0 16px 0;padding-left:24px;',
  li: 'margin:0 0 6px 0;',
  quote: 'margin:0 0 16px 0;padding:4px 0 4px 16px;border-left:4px solid #d1d5db;color:#4b5563;',
  a: 'color:#2563eb;text-decoration:underline;',
  img: 'display:block;max-width:100%;height:auto;border:0;margin:0 0 16px 0;',
  hr: 'border:0;border-top:1px solid #e5e7eb;margin:24px 0;',
  footer: 'max-width:600px;margin:16px auto 0 auto;font-family:Arial,Helvetica,sans-serif;font-size:13px;line-height:1.5;color:#6b7280;text-align:center;',
  footerLink: 'color:#6b7280;text-decoration:underline;',
  pixel: 'display:block;width:1px;height:1px;border:0;',
} as const

export const headingStyle = (tag: string): string => (tag === 'h1' ? STYLE.h1 : tag === 'h2' ? STYLE.h2 : STYLE.h3)
