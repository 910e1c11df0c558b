/**
 * A stand-in for an OpenAI-compatible chat API over real HTTP on 127.0.0.1: `POST /v1/chat/completions`.
 * Like the real service it refuses a wrong key (401) and an unknown model (404), and it answers the way the
 * test sets: a valid summary quoting the first sentence of the first testimonial it was sent, a 500, no answer
 * at all, a non-JSON text, or a quote no testimonial contains. It records what it was asked.
 */
import http from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

export type FakeLlmMode = 'valid' | 'error' | 'hang' | 'garbage' | 'hallucinated' | 'unknown-id'

export type FakeLlmRequest = { authorization?: string; body: { model?: string; response_format?: unknown; messages?: { role: string; content: string }[] } }

export type FakeLlm = {
  /** The base URL to set as TESTIMONIAL_SUMMARY_URL. */
  url: string
  mode: FakeLlmMode
  requests: FakeLlmRequest[]
  close: () => Promise<void>
}

const chat = (content: string) => ({
  id: 'chatcmpl-test',
  object: 'chat.completion',
  choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
})

export const startFakeLlm = async ({ apiKey, model }: { apiKey: string; model: string }): Promise<FakeLlm> => {
  const sockets = new Set<Socket>()
  const fake: FakeLlm = { url: '', mode: 'valid', requests: [], close: async () => undefined }
  const server = http.createServer((req, res) => {
    let raw = ''
    req.on('data', (chunk) => (raw += chunk))
    req.on('end', () => {
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' })
        res.end(JSON.stringify(body))
      }
      if (req.method !== 'POST' || req.url !== '/v1/chat/completions') return send(404, { error: { message: 'Not found' } })
      const body = JSON.parse(raw) as FakeLlmRequest['body']
      fake.requests.push({ authorization: req.headers.authorization, body })
      if (req.headers.authorization !== `Bearer ${apiKey}`) return send(401, { error: { message: 'Incorrect API key provided' } })
      if (body.model !== model) return send(404, { error: { message: `The model ${body.model} does not exist` } })
      const sent = JSON.parse(body.messages?.find((message) => message.role === 'user')?.content ?? '[]') as { id: number; text: string }[]
      const first = sent[0]
      const quote = first ? (first.text.split(/(?<=[.!?])\s/)[0] ?? first.text) : ''
      const english = body.messages?.[0]?.content.includes('in English')
      const summary = english ? 'Clients value the calm atmosphere.' : 'Klienci cenią spokojną atmosferę.'
      switch (fake.mode) {
        case 'valid':
          return send(
            200,
            chat(JSON.stringify({ summary, themes: first ? [{ theme: english ? 'atmosphere' : 'atmosfera', quote, testimonialId: first.id }] : [] })),
          )
        case 'error':
          return send(500, { error: { message: 'The server had an error while processing your request.' } })
        case 'hang':
          return // never answers; the client's timeout ends it
        case 'garbage':
          return send(200, chat('Sure! Here is the summary: {"summary": "Klienci cenią'))
        case 'hallucinated':
          return send(200, chat(JSON.stringify({ summary, themes: [{ theme: 'cena', quote: 'Najtańsze sesje w mieście', testimonialId: first?.id }] })))
        case 'unknown-id':
          return send(200, chat(JSON.stringify({ summary, themes: [{ theme: 'atmosfera', quote, testimonialId: 987654 }] })))
      }
    })
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`
  fake.close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy()
      server.close(() => resolve())
    })
  return fake
}
