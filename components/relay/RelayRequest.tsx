'use client'

import { useTranslations } from 'next-intl'
import type { Address } from 'viem'
import type { Network } from '@/lib/chain/networks'
import { useOcnRead } from '@/lib/hooks/useOcnQuery'
import { formatCredentials } from '@/lib/ocn/codecs'
import type { VerifiedRequest } from '@/lib/signing/types'
import { Button } from '@/components/ui/Button'
import { RelaySigner } from './RelaySigner'
import { RelaySubmit } from './RelaySubmit'

type Props = { network: Network; verified: VerifiedRequest; onPutAside: () => void }

/** An opened request: who signed it (as the signatures and the chain say), what it will do, and its submission. */
export function RelayRequest({ network, verified, onPutAside }: Props) {
  const t = useTranslations()
  // Every listed party: the names in the sentences, and the ones whose credentials the signer's might imitate.
  // Refreshed with every other chain read after a confirmed write, so the outcome names what the chain holds now.
  const parties = useOcnRead(network, ['parties'], (ctx) => import('@/lib/ocn/reads').then(({ readParties }) => readParties(ctx)))
  const nameOf = (address: Address) => {
    const party = parties.data?.find((p) => p.address.toLowerCase() === address.toLowerCase())
    return party ? formatCredentials(party) : address
  }
  return (
    <div className="space-y-4">
      <RelaySigner network={network} verified={verified} parties={parties.data} readFailed={parties.isError} />
      <RelaySubmit network={network} verified={verified} nameOf={nameOf} onPutAside={onPutAside} />
      <Button variant="link" onClick={onPutAside} data-testid="relay-put-aside">
        {t('relay.request.another')}
      </Button>
    </div>
  )
}
