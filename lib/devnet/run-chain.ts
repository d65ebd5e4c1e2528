import { isPortFree, PortBusyError, rpcAnswers, startAnvil } from './anvil'
import { type LocalNetworkOptions, prepareLocalNetwork } from './local-network'

export type RunningChain = { url: string; stop: () => Promise<void>; reused: boolean }

/**
 * Starts anvil on `port` with the seeded OCN network, or reuses a ready one already listening there. Any
 * failure while seeding stops the chain we started, so a half-seeded chain never stays behind. A reused chain keeps
 * the demo URLs it was seeded with (`options.demoOrigin` only applies to a new seed).
 */
export async function runLocalChain(port: number, host = '127.0.0.1', options: LocalNetworkOptions = {}): Promise<RunningChain> {
  const url = `http://${host}:${port}`
  if (!(await isPortFree(port, host))) {
    if ((await rpcAnswers(url)) === null) {
      throw new PortBusyError(`Port ${port} is in use by something that is not an Ethereum node. Free it and try again.`)
    }
    await prepareLocalNetwork(url, options)
    return { url, stop: async () => {}, reused: true }
  }
  const anvil = await startAnvil(port, host)
  try {
    await prepareLocalNetwork(anvil.url, options)
  } catch (error) {
    await anvil.stop()
    throw error
  }
  return { url, stop: anvil.stop, reused: false }
}
