import WebSocket, { WebSocketServer } from 'ws'

/**
 * A real WebSocket relay on 127.0.0.1 in front of a chain's socket, which a test can take down and bring back:
 * what a node restart or a dropped connection does to a subscription.
 */
export function wsRelay(upstream: string, port: number) {
  let server: WebSocketServer | null = null

  const start = () =>
    new Promise<void>((resolve, reject) => {
      const started = new WebSocketServer({ host: '127.0.0.1', port })
      started.once('listening', () => resolve())
      started.once('error', reject)
      started.on('connection', (client) => {
        const chain = new WebSocket(upstream)
        const pending: WebSocket.RawData[] = []
        chain.on('open', () => pending.splice(0).forEach((data) => chain.send(data.toString())))
        client.on('message', (data) => (chain.readyState === WebSocket.OPEN ? chain.send(data.toString()) : pending.push(data)))
        chain.on('message', (data) => client.send(data.toString()))
        client.on('close', () => chain.terminate())
        chain.on('close', () => client.terminate())
        client.on('error', () => chain.terminate())
        chain.on('error', () => client.terminate())
      })
      server = started
    })

  /** Drops every connection and stops listening: the port refuses until start() again. */
  const stop = () =>
    new Promise<void>((resolve) => {
      if (!server) return resolve()
      server.clients.forEach((client) => client.terminate())
      server.close(() => resolve())
      server = null
    })

  return { url: `ws://127.0.0.1:${port}`, start, stop }
}
