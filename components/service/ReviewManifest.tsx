import { useTranslations } from 'next-intl'
import type { ManifestCheck } from '@/lib/hooks/useManifestResult'
import type { ManifestTerms } from '@/lib/manifest/display'
import { stateSentence } from '@/lib/manifest/labels'
import { ManifestStateBadge } from '@/components/manifest/ManifestStateBadge'
import { ExternalUrl } from '@/components/ui/ExternalUrl'
import { NOTICE } from '@/components/ui/styles'
import { UntrustedText } from '@/components/ui/UntrustedText'

type Props = { check: ManifestCheck; terms: ManifestTerms | null; confirmed: boolean; onConfirm: (confirmed: boolean) => void }

/**
 * The provider's manifest in the agree review: its state, and its terms. Committed terms (verified or unverified)
 * are linked and must be confirmed as read before agreeing; the terms of a changed manifest are only a warning.
 */
export function ReviewManifest({ check, terms, confirmed, onConfirm }: Props) {
  const vocab = useTranslations()
  const t = useTranslations('service.reviewManifest')
  const state = check.result?.state ?? 'pending'
  const checking = state === 'pending' && !check.gaveUp && !check.error
  return (
    <div data-testid="review-manifest" data-state={state} className="mt-3 space-y-2 text-sm">
      <p className="flex flex-wrap items-center gap-2">
        <span className="font-medium">{t('label')}</span>
        <ManifestStateBadge state={state} />
        <span className="text-slate-600 dark:text-slate-400">
          {state === 'pending'
            ? checking
              ? t('checking')
              : t('notChecked')
            : stateSentence(state, vocab)}
        </span>
      </p>
      {terms?.committed && (
        <div className="rounded-lg bg-indigo-50 p-3 ring-1 ring-indigo-200 dark:bg-indigo-950/40 dark:ring-indigo-900">
          <p>{t.rich('terms', { link: () => <ExternalUrl url={terms.url} max={80} linkTestId="review-terms-link" /> })}</p>
          <label className="mt-2 flex items-start gap-2">
            <input type="checkbox" data-testid="review-terms-confirm" className="mt-0.5" checked={confirmed} onChange={(e) => onConfirm(e.target.checked)} />
            <span>{t('confirmTerms')}</span>
          </label>
        </div>
      )}
      {state === 'changed' && (
        <div role="alert" data-testid="review-manifest-changed" className={NOTICE.warning}>
          {terms
            ? t.rich('changedWithTerms', {
                url: () => (
                  <span className="font-mono">
                    <UntrustedText value={terms.url} max={60} />
                  </span>
                ),
              })
            : t('changed')}
        </div>
      )}
    </div>
  )
}
