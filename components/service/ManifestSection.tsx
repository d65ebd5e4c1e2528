import type { ManifestCheck } from '@/lib/hooks/useManifestResult'
import { STATE_SENTENCES } from '@/lib/manifest/labels'
import { contentTrusted } from '@/lib/manifest/types'
import { ManifestStateBadge } from '@/components/manifest/ManifestStateBadge'
import { NOTICE, TEXT_MUTED } from '@/components/ui/styles'
import { UntrustedText } from '@/components/ui/UntrustedText'
import { ManifestDetails } from './ManifestDetails'

const HAS_REASON = new Set(['none', 'invalid', 'unreachable'])

/**
 * "About this service": what the provider's manifest says, under its verification state. A changed manifest is
 * shown only inside the warning, marked as not what the provider committed; without a usable manifest the section
 * says so and why. Before the first answer (or while the server is still checking) it says it is checking.
 */
export function ManifestSection({ check }: { check: Pick<ManifestCheck, 'result' | 'error' | 'gaveUp' | 'retry'> }) {
  const { result, error, gaveUp, retry } = check
  const state = result?.state ?? 'pending'
  return (
    <section
      data-testid="service-manifest"
      data-state={state}
      aria-labelledby="manifest-title"
      aria-busy={state === 'pending' && !gaveUp && !error}
      className="space-y-3 rounded-xl bg-white p-4 ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800"
    >
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="manifest-title" className="text-lg font-semibold">
          About this service
        </h2>
        <ManifestStateBadge state={state} />
      </div>
      <p data-testid="manifest-state-detail" className={`text-sm ${TEXT_MUTED}`}>
        {state === 'pending' ? "Checking the provider's manifest…" : STATE_SENTENCES[state]}
      </p>
      {result && result.reason && HAS_REASON.has(state) && (
        <p data-testid="manifest-reason" className="text-sm">
          <UntrustedText value={result.reason} max={300} empty="" />
        </p>
      )}
      {state === 'pending' && (error || gaveUp) && (
        <p role="status" data-testid="manifest-check-failed" className="text-sm">
          {error ?? 'The provider has not answered yet.'}{' '}
          <button type="button" className="underline" onClick={retry}>
            Check again
          </button>
        </p>
      )}
      {result?.manifest && contentTrusted(state) && <ManifestDetails manifest={result.manifest} logoHash={result.logoHash} />}
      {state === 'changed' && (
        <div data-testid="manifest-changed-warning" role="alert" className={`space-y-3 text-sm ${NOTICE.warning}`}>
          <p className="font-medium">
            The manifest hosted now does not match the hash the provider committed on chain. Someone changed it after
            the provider committed it: do not rely on it.
          </p>
          {result?.manifest && (
            <div data-testid="manifest-hosted-content" className="border-l-4 border-amber-400 pl-3">
              <p className="mb-2 text-xs font-semibold uppercase tracking-wide">What is hosted now · not what the provider committed</p>
              <ManifestDetails manifest={result.manifest} logoHash={null} />
            </div>
          )}
        </div>
      )}
    </section>
  )
}
