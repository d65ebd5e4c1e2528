import type { ManifestCheck } from '@/lib/hooks/useManifestResult'
import type { ManifestTerms } from '@/lib/manifest/display'
import { STATE_SENTENCES } from '@/lib/manifest/labels'
import { ManifestStateBadge } from '@/components/manifest/ManifestStateBadge'
import { ExternalUrl } from '@/components/ui/ExternalUrl'
import { NOTICE } from '@/components/ui/styles'

type Props = { check: ManifestCheck; terms: ManifestTerms | null; confirmed: boolean; onConfirm: (confirmed: boolean) => void }

/**
 * The provider's manifest in the agree review: its state, and its terms. Committed terms (verified or unverified)
 * are linked and must be confirmed as read before agreeing; the terms of a changed manifest are only a warning.
 */
export function ReviewManifest({ check, terms, confirmed, onConfirm }: Props) {
  const state = check.result?.state ?? 'pending'
  const checking = state === 'pending' && !check.gaveUp && !check.error
  return (
    <div data-testid="review-manifest" data-state={state} className="mt-3 space-y-2 text-sm">
      <p className="flex flex-wrap items-center gap-2">
        <span className="font-medium">Provider&apos;s manifest:</span>
        <ManifestStateBadge state={state} />
        <span className="text-slate-600 dark:text-slate-400">
          {state === 'pending'
            ? checking
              ? "Checking the provider's manifest… If it states terms, you will be asked to confirm you read them."
              : 'The manifest could not be checked yet.'
            : STATE_SENTENCES[state]}
        </span>
      </p>
      {terms?.committed && (
        <div className="rounded-lg bg-indigo-50 p-3 ring-1 ring-indigo-200 dark:bg-indigo-950/40 dark:ring-indigo-900">
          <p>
            The provider&apos;s terms: <ExternalUrl url={terms.url} max={80} linkTestId="review-terms-link" />
          </p>
          <label className="mt-2 flex items-start gap-2">
            <input type="checkbox" data-testid="review-terms-confirm" className="mt-0.5" checked={confirmed} onChange={(e) => onConfirm(e.target.checked)} />
            <span>I have read the provider&apos;s terms</span>
          </label>
        </div>
      )}
      {state === 'changed' && (
        <div role="alert" data-testid="review-manifest-changed" className={NOTICE.warning}>
          The provider&apos;s manifest was changed after the provider committed it on chain
          {terms ? (
            <>
              : the terms it links now (<ExternalUrl url={terms.url} max={60} />) are not what the provider committed. Ask the
              provider for the terms it stands by before you agree.
            </>
          ) : (
            <>: what it says now is not what the provider committed.</>
          )}
        </div>
      )}
    </div>
  )
}
