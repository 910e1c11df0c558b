/** The link a client gets to see, cancel or move their booking (the page is the public widget's). */
export const manageUrl = (serverURL: string, identifier: string, token: string): string =>
  `${serverURL.replace(/\/$/, '')}/s/${encodeURIComponent(identifier)}/booking/${token}`
