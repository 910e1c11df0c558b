/**
 * The reference server of the public-page benchmark, run as its own process:
 * plain node:http answering every GET with the same bytes and headers.
 *   node --import tsx scripts/bench/lib/staticServerMain.ts <body file> <headers JSON>
 * Prints `{"port":N}` on its first line once it listens on 127.0.0.1; SIGTERM stops it.
 */
import fs from 'node:fs'
import http from 'node:http'

const [bodyFile, headersJson] = process.argv.slice(2)
if (!bodyFile || !headersJson) {
  console.error('usage: staticServerMain.ts <body file> <headers JSON>')
  process.exit(2)
}
const body = fs.readFileSync(bodyFile)
const headers = { ...(JSON.parse(headersJson) as Record<string, string>), 'Content-Length': String(body.length) }

const server = http.createServer((req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end()
    return
  }
  res.writeHead(200, headers)
  res.end(req.method === 'HEAD' ? undefined : body)
})
server.listen(0, '127.0.0.1', () => {
  const address = server.address()
  console.log(JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 }))
})
process.on('SIGTERM', () => {
  server.close(() => process.exit(0))
  server.closeAllConnections()
})
