'use client'

import dynamic from 'next/dynamic'
import { useTranslations } from 'next-intl'
import { useState } from 'react'
import type { Address } from 'viem'
import { explorerAddressUrl, type Network } from '@/lib/chain/networks'
import { useWallet } from '@/lib/hooks/useWallet'
import { AddressTag } from '@/components/ui/AddressTag'
import { NOTICE, TEXT_MUTED } from '@/components/ui/styles'

// Only the owner ever loads the desk's code: other visitors get neither its actions nor its JavaScript.
const OwnerDesk = dynamic(() => import('@/components/owner/OwnerDesk').then((module) => module.OwnerDesk), { ssr: false, loading: () => <DeskLoading /> })

function DeskLoading() {
  const t = useTranslations('registry')
  return <p className={`text-sm ${TEXT_MUTED}`}>{t('ownerDeskLoading')}</p>
}

/** Who owns the Registry, for everyone; the owner's desk below it when the connected account is that owner. */
export function RegistryOwner({ network, owner }: { network: Network; owner: Address }) {
  const t = useTranslations('registry')
  const { connection } = useWallet()
  // What the desk did stays in view after it closes: a transfer removes the desk at once.
  const [done, setDone] = useState<string[]>([])
  const isOwner = connection.address?.toLowerCase() === owner.toLowerCase()
  return (
    <section aria-labelledby="owner-title" className="space-y-3">
      <p className={`text-sm ${TEXT_MUTED}`}>
        <span id="owner-title">{t('owner')}</span>{' '}
        <span data-testid="registry-owner" data-owner={owner}>
          <AddressTag address={owner} explorerUrl={explorerAddressUrl(network, owner)} full />
        </span>
        <span className="block text-xs">{t('ownerNote')}</span>
      </p>
      {done.length > 0 && (
        <ul role="status" data-testid="owner-desk-done" className={`${NOTICE.success} space-y-1 text-sm`}>
          {done.map((message, i) => (
            <li key={`${i}:${message}`}>{message}</li>
          ))}
        </ul>
      )}
      {isOwner && <OwnerDesk network={network} owner={owner} onDone={(message) => setDone((previous) => [...previous, message])} />}
    </section>
  )
}
