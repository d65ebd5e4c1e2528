import type { Address, Hex } from 'viem'
import type { Config } from 'wagmi'
import { simulateContract, writeContract } from 'wagmi/actions'
import { isRegistryWrite, type OcnWriteRequest } from '../ocn/calls'

/** A simulated write, ready to go to the wallet exactly as it was simulated. */
export type SimulatedWrite = { send: () => Promise<Hex> }

/**
 * Simulates a write as `account` on `chainId`, so a revert is explained before the wallet opens. Each branch hands
 * viem a call of one contract: typed through that contract's ABI end to end, from the request to what is signed.
 */
export async function simulateWrite(config: Config, request: OcnWriteRequest, account: Address, chainId: number): Promise<SimulatedWrite> {
  if (isRegistryWrite(request)) {
    const simulation = await simulateContract(config, { ...request, account, chainId })
    return { send: () => writeContract(config, simulation.request) }
  }
  const simulation = await simulateContract(config, { ...request, account, chainId })
  return { send: () => writeContract(config, simulation.request) }
}
