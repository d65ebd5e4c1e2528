'use client'

import type { Network } from '@/lib/chain/networks'
import type { RegistryTables } from '@/lib/registry/query'
import { BrowserRegistry } from './BrowserRegistry'
import { ServerRegistry } from './ServerRegistry'

/** `initial` is the server's page of the Registry; without it (a custom RPC) the browser reads and pages it itself. */
export function RegistryContent({ network, initial }: { network: Network; initial?: RegistryTables }) {
  return initial ? <ServerRegistry network={network} tables={initial} /> : <BrowserRegistry network={network} />
}
