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

const NOT_BUILT = 'The review could not be prepared: the network did not answer. Nothing was sent; try again.'

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
        <p>Connect the wallet you will submit it from: that account sends the transaction and pays its gas. The signer&apos;s account needs none.</p>
        <ConnectButton network={network} />
      </section>
    )
  }

  const review: WriteReviewState = { action: built.data ?? null, error: built.isError ? NOT_BUILT : null, close: onPutAside }
  const submit = async () => {
    setRejected(false)
    const outcome = await tx.run(built.data!.steps, { account: address })
    setRejected(outcome === 'rejected')
  }

  return (
    <section aria-label="Submit the request" className="space-y-3">
      {done ? (
        <p role="status" data-testid={RELAY_TEST_IDS.outcome} className={`text-sm ${NOTICE.success}`}>
          {relayOutcome(calls, verified.signer, nameOf, t)}
        </p>
      ) : (
        <>
          {address.toLowerCase() === verified.signer.toLowerCase() && (
            <p className={`text-sm ${NOTICE.neutral}`}>You are the signer: submitting it yourself is the same as making the write directly.</p>
          )}
          {built.isPending && (
            <p aria-busy="true" className="text-sm">
              Preparing the review from the chain…
            </p>
          )}
          <WriteReview
            review={review}
            busy={tx.busy}
            onConfirm={() => void submit()}
            confirmLabel={tx.busy ? 'Submitting…' : `Submit from your account (${built.data?.steps.length === 1 ? '1 transaction' : `${built.data?.steps.length ?? 0} transactions`})`}
            confirmTestId={RELAY_TEST_IDS.submit}
            confirmDisabled={!tx.ready}
            cancelLabel="Put it aside"
          />
          {built.isError && (
            <Button variant="secondary" onClick={() => void built.refetch()}>
              Try again
            </Button>
          )}
          {rejected && (
            <p role="status" data-testid="relay-rejected" className={`text-sm ${NOTICE.neutral}`}>
              You rejected it in your wallet: nothing was sent. The request is still here; submit it when you are ready.
            </p>
          )}
        </>
      )}
      <StepList steps={tx.steps} network={network} />
    </section>
  )
}
