'use client'

import { useTranslations } from 'next-intl'
import type { Address } from 'viem'
import type { Network } from '@/lib/chain/networks'
import { useOcnQuery } from '@/lib/hooks/useOcnQuery'
import { type DeskData, readDeskData } from '@/lib/owner/desk-reads'
import { QueryView } from '@/components/ui/QueryView'
import { SkeletonBar } from '@/components/ui/SkeletonBar'
import { NOTICE } from '@/components/ui/styles'
import { RemoveNodePanel } from './RemoveNodePanel'
import { RemovePartyPanel } from './RemovePartyPanel'
import { TransferPanel } from './TransferPanel'

type Props = { network: Network; owner: Address; onDone: (message: string) => void }

/**
 * The Registry owner's desk: remove a node or a party, hand the Registry over. Renouncing ownership is not
 * offered: a Registry without an owner could never have a listing removed again. It reads the whole Registry
 * itself (the page holds one page of each table), and checks again that this account still owns it.
 */
export function OwnerDesk({ network, owner, onDone }: Props) {
  const t = useTranslations()
  const desk = useOcnQuery<DeskData>(network, ['owner-desk'], readDeskData, undefined)
  return (
    <section aria-labelledby="owner-desk-title" data-testid="owner-desk" className="space-y-4 rounded-xl p-4 ring-1 ring-amber-300 dark:ring-amber-800">
      <div>
        <h2 id="owner-desk-title" className="text-lg font-semibold">
          {t('owner.desk.title')}
        </h2>
        <p className="text-sm">{t('owner.desk.intro')}</p>
      </div>
      <QueryView query={desk} skeleton={<SkeletonBar className="h-24 w-full" />} errorTitle={t('owner.desk.readError')}>
        {(data) =>
          data.owner !== owner ? (
            <p role="alert" className={NOTICE.warning}>
              {t('owner.desk.notOwner', { owner: data.owner })}
            </p>
          ) : (
            <div className="grid gap-4 lg:grid-cols-3">
              <RemovePartyPanel network={network} owner={owner} desk={data} onDone={onDone} />
              <RemoveNodePanel network={network} owner={owner} desk={data} onDone={onDone} />
              <TransferPanel network={network} owner={owner} onDone={onDone} />
            </div>
          )
        }
      </QueryView>
    </section>
  )
}
