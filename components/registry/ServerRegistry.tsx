'use client'

import type { Network } from '@/lib/chain/networks'
import { useUrlState } from '@/lib/hooks/useUrlState'
import { parseRegistryQuery, type RegistryTables, serializeRegistryQuery } from '@/lib/registry/query'
import { RegistrySections } from './RegistrySections'

/** The Registry as the server filtered and paged it: every change of page, search or filter is a server render. */
export function ServerRegistry({ network, tables }: { network: Network; tables: RegistryTables }) {
  const { state: query, setState, pending } = useUrlState(parseRegistryQuery, serializeRegistryQuery, { renderer: 'server' })
  return <RegistrySections network={network} tables={tables} query={query} setQuery={setState} pending={pending} />
}
