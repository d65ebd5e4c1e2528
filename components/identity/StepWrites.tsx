import type { Network } from '@/lib/chain/networks'
import type { WriteReviewState } from '@/lib/hooks/useWriteReview'
import type { StepState } from '@/lib/tx/steps'
import type { WriteAction } from '@/lib/writes/action'
import { StepList } from '@/components/tx/StepList'
import { WriteReview } from '@/components/tx/WriteReview'

type Props = {
  network: Network
  review: WriteReviewState
  writes: { busy: boolean; steps: StepState[] }
  onConfirm: (action: WriteAction) => void
  /** Set while a delete is reviewed: the confirmation says so, in red. */
  deleteLabel?: string
  onCancel?: () => void
}

/** An identity step's writes: the review before the wallet opens, then each transaction's progress. */
export function StepWrites({ network, review, writes, onConfirm, deleteLabel, onCancel }: Props) {
  return (
    <>
      <WriteReview network={network} review={review} busy={writes.busy} onConfirm={onConfirm} onCancel={onCancel} destructive={!!deleteLabel} confirmLabel={deleteLabel} confirmTestId="identity-confirm" />
      <StepList steps={writes.steps} network={network} />
    </>
  )
}
