import { useTranslations } from 'next-intl'
import type { ReactNode } from 'react'
import { stateSentence } from '@/lib/manifest/labels'
import { contentTrusted, type ManifestResult } from '@/lib/manifest/types'
import { ManifestStateBadge } from '@/components/manifest/ManifestStateBadge'
import { NOTICE, TEXT_MUTED } from '@/components/ui/styles'
import { UntrustedText } from '@/components/ui/UntrustedText'
import { ManifestDetails } from './ManifestDetails'

const HAS_REASON = new Set(['none', 'invalid', 'unreachable'])

type Props = {
  /** Undefined until the first answer: the section says it is checking. */
  result: ManifestResult | undefined
  /** Shown under a pending state: why the browser's check stopped, and a way to ask again. */
  note?: ReactNode
}

/**
 * "About this service": what the provider's manifest says, under its verification state. A changed manifest is
 * shown only inside the warning, marked as not what the provider committed; without a usable manifest the section
 * says so and why. Before the first answer (or while the server is still checking) it says it is checking.
 */
export function ManifestSection({ result, note }: Props) {
  const vocab = useTranslations()
  const t = useTranslations('service.manifest')
  const state = result?.state ?? 'pending'
  return (
    <section
      data-testid="service-manifest"
      data-state={state}
      aria-labelledby="manifest-title"
      aria-busy={state === 'pending' && !note}
      className="space-y-3 rounded-xl bg-white p-4 ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800"
    >
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="manifest-title" className="text-lg font-semibold">
          {t('title')}
        </h2>
        <ManifestStateBadge state={state} />
      </div>
      <p data-testid="manifest-state-detail" className={`text-sm ${TEXT_MUTED}`}>
        {state === 'pending' ? t('checking') : stateSentence(state, vocab)}
      </p>
      {result && result.reason && HAS_REASON.has(state) && (
        <p data-testid="manifest-reason" className="text-sm">
          <UntrustedText value={result.reason} max={300} empty="" />
        </p>
      )}
      {state === 'pending' && note}
      {result?.manifest && contentTrusted(state) && <ManifestDetails manifest={result.manifest} logoHash={result.logoHash} linked />}
      {state === 'changed' && (
        <div data-testid="manifest-changed-warning" role="alert" className={`space-y-3 text-sm ${NOTICE.warning}`}>
          <p className="font-medium">{t('changed')}</p>
          {result?.manifest && (
            <div data-testid="manifest-hosted-content" className="border-l-4 border-amber-400 pl-3">
              <p className="mb-2 text-xs font-semibold uppercase tracking-wide">{t('hostedNow')}</p>
              <ManifestDetails manifest={result.manifest} logoHash={null} linked={false} />
            </div>
          )}
        </div>
      )}
    </section>
  )
}
