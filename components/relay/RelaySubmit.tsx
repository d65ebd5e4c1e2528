'use client'

import { useTranslations } from 'next-intl'
import { useState } from 'react'
import type { Network } from '@/lib/chain/networks'
import { useOcnRead } from '@/lib/hooks/useOcnQuery'
import { useWallet } from '@/lib/hooks/useWallet'
import { useWriteAction } from '@/lib/hooks/useWriteAction'
import type { WriteReviewState } from '@/lib/hooks/useWriteReview'
import { type NameOf, relayOutcome } from '@/lib/relay/outcome'
import { RELAY_TEST_IDS, type VerifiedRequest } from '@/lib/signing/types'
import { StepList } from '@/components/tx/StepList'
import { WriteReview } from '@/components/tx/WriteReview'
import { ConnectButton } from '@/components/wallet/ConnectButton'
import { Button } from '@/components/ui/Button'
import { NOTICE } from '@/components/ui/styles'

type Props = { network: Network; verified: VerifiedRequest; nameOf: NameOf; onPutAside: () => void }

/**
 * The submitter's side: the same review a direct write shows, built from the signed parameters and the chain as
 * it is now, then the action run through the app's one write path (checks before the prompt, resume after a reload).
 */
export function RelaySubmit({ network, verified, nameOf, onPutAside }: Props) {
  const t = useTranslations()
  const { address } = useWallet().connection
  const signatures = verified.calls.map((c) => c.signature).join()
  const built = useOcnRead(
    network,
    ['relay-action', signatures, address],
    address ? (ctx) => import('@/lib/signing/relay-action').then(({ relayAction }) => relayAction(network, ctx, verified, address, t)) : null,
  )
  // The action's key outlives a rebuild (every read refreshes after a confirmed write), so its progress stays in view.
  const [actionKey, setActionKey] = useState<string | null>(null)
  if (built.data && built.data.key !== actionKey) setActionKey(built.data.key)
  const tx = useWriteAction(network, actionKey)
  const [rejected, setRejected] = useState(false)
  const calls = verified.calls.map((c) => c.call)
  const done = tx.steps.length > 0 && !tx.busy && tx.steps.every((s) => s.state.status === 'confirmed')

  if (!address) {
    return (
      <section className={`space-y-2 text-sm ${NOTICE.info}`} data-testid="relay-connect">
        <p>{t('relay.submit.connect')}</p>
        <ConnectButton network={network} />
      </section>
    )
  }

  const review: WriteReviewState = { action: built.data ?? null, error: built.isError ? t('relay.submit.notBuilt') : null, close: onPutAside }
  const submit = async () => {
    setRejected(false)
    const outcome = await tx.run(built.data!.steps, { account: address })
    setRejected(outcome === 'rejected')
  }

  return (
    <section aria-label={t('relay.submit.label')} className="space-y-3">
      {done ? (
        <p role="status" data-testid={RELAY_TEST_IDS.outcome} className={`text-sm ${NOTICE.success}`}>
          {relayOutcome(calls, verified.signer, nameOf, t)}
        </p>
      ) : (
        <>
          {address.toLowerCase() === verified.signer.toLowerCase() && (
            <p className={`text-sm ${NOTICE.neutral}`}>{t('relay.submit.youAreSigner')}</p>
          )}
          {built.isPending && (
            <p aria-busy="true" className="text-sm">
              {t('relay.submit.preparing')}
            </p>
          )}
          <WriteReview
            review={review}
            busy={tx.busy}
            onConfirm={() => void submit()}
            confirmLabel={tx.busy ? t('relay.submit.submitting') : t('relay.submit.confirm', { count: built.data?.steps.length ?? 0 })}
            confirmTestId={RELAY_TEST_IDS.submit}
            confirmDisabled={!tx.ready}
            cancelLabel={t('relay.submit.putAside')}
          />
          {built.isError && (
            <Button variant="secondary" onClick={() => void built.refetch()}>
              {t('relay.submit.retry')}
            </Button>
          )}
          {rejected && (
            <p role="status" data-testid="relay-rejected" className={`text-sm ${NOTICE.neutral}`}>
              {t('relay.submit.rejected')}
            </p>
          )}
        </>
      )}
      <StepList steps={tx.steps} network={network} />
    </section>
  )
}
