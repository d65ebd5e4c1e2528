import { type ChildProcess, spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import net from 'node:net'
import { ACCOUNT_COUNT } from './demo-network'

export class PortBusyError extends Error {}

const ARCH: Record<string, string> = { x64: 'amd64', arm64: 'arm64' }

/** The binary ships in @foundry-rs/anvil's per-platform optional dependency; starting it directly saves ~1 s. */
export function anvilBinary(): string {
  const require = createRequire(import.meta.url)
  const platform = process.platform === 'win32' ? 'win32' : process.platform
  const name = `@foundry-rs/anvil-${platform}-${ARCH[process.arch] ?? process.arch}`
  const file = process.platform === 'win32' ? 'bin/anvil.exe' : 'bin/anvil'
  try {
    return require.resolve(`${name}/${file}`)
  } catch {
    throw new Error(`anvil is not installed for ${process.platform}/${process.arch} (${name}). Run npm install.`)
  }
}

export function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once('error', () => resolve(false))
    server.once('listening', () => server.close(() => resolve(true)))
    server.listen(port, host)
  })
}

export async function rpcAnswers(url: string): Promise<number | null> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_chainId', params: [] }),
      signal: AbortSignal.timeout(1_000),
    })
    const body = (await response.json()) as { result?: string }
    return body.result ? Number(body.result) : null
  } catch {
    return null
  }
}

export type AnvilProcess = { url: string; process: ChildProcess; stop: () => Promise<void> }

/** Starts anvil with its default block gas limit (as public chains have one) and waits until it answers. */
export async function startAnvil(port: number, host = '127.0.0.1'): Promise<AnvilProcess> {
  if (!(await isPortFree(port, host))) throw new PortBusyError(`Port ${port} on ${host} is already in use.`)
  const child = spawn(
    anvilBinary(),
    ['--host', host, '--port', String(port), '--chain-id', '31337', '--accounts', String(ACCOUNT_COUNT), '--silent'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  )
  let stderr = ''
  child.stderr?.on('data', (data: Buffer) => (stderr += data.toString()))
  const url = `http://${host}:${port}`
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    })

  const deadline = Date.now() + 15_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`anvil exited with code ${child.exitCode}: ${stderr.trim()}`)
    if ((await rpcAnswers(url)) !== null) return { url, process: child, stop }
    await new Promise((r) => setTimeout(r, 50))
  }
  await stop()
  throw new Error(`anvil did not answer on ${url} within 15 s. ${stderr.trim()}`)
}
