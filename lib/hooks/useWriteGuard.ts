'use client'

import { useTranslations } from 'next-intl'
import type { Network } from '@/lib/chain/networks'
import { type GuardFacts, type GuardedWrite, guardWrite } from '@/lib/writes/guard'
import { useWallet } from './useWallet'

/** Whether `write` can run for the connected wallet, and if not why: the guard with the wallet's own facts. */
export function useWriteGuard(network: Network, write: GuardedWrite, facts: Omit<GuardFacts, 'network' | 'wallet'>) {
  const { address, chainId } = useWallet().connection
  const t = useTranslations()
  return guardWrite(write, { network, wallet: { connected: !!address, chainId }, ...facts }, t)
}
