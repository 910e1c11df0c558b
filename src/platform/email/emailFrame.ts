/**
 * An email's HTML made safe to show inside the admin: the document a sandboxed `<iframe srcdoc>` renders
 * (`EmailFrame`). The frame's `sandbox` allows no scripts and no same-origin access; this document adds its
 * own Content-Security-Policy (no scripts, no requests: remote images and fonts stay blocked, as mail clients
 * do by default, so viewing a newsletter in the dev mailbox does not count as an open) and a `<base>` that
 * opens every link in a new tab (the sandbox lets that tab escape the sandbox, so the linked page works).
 */
export const EMAIL_FRAME_CSP = "default-src 'none'; img-src data: cid:; style-src 'unsafe-inline'; font-src data:; form-action 'none'"

/** `sandbox` for the frame: popups (links in a new tab) only; no scripts, forms or same-origin access. */
export const EMAIL_FRAME_SANDBOX = 'allow-popups allow-popups-to-escape-sandbox'

const HEAD = `<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${EMAIL_FRAME_CSP}"><base target="_blank"><meta name="referrer" content="no-referrer">`

/** The srcdoc for an email's HTML: our head first (a `<base>` or policy in the email itself comes after and loses). */
export const emailFrameDocument = (html: string): string => {
  const source = html ?? ''
  const head = /<head(\s[^>]*)?>/i.exec(source)
  if (head) return `${source.slice(0, head.index + head[0].length)}${HEAD}${source.slice(head.index + head[0].length)}`
  const htmlTag = /<html(\s[^>]*)?>/i.exec(source)
  if (htmlTag) return `${source.slice(0, htmlTag.index + htmlTag[0].length)}<head>${HEAD}</head>${source.slice(htmlTag.index + htmlTag[0].length)}`
  return `<!doctype html><html><head>${HEAD}</head><body>${source}</body></html>`
}
