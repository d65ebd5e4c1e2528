'use client'

import { useTranslations } from 'next-intl'
import type { Network } from '@/lib/chain/networks'
import { useManifestResult } from '@/lib/hooks/useManifestResult'
import type { ManifestResult } from '@/lib/manifest/types'
import { ManifestSection } from './ManifestSection'

type Props = { network: Network; url: string; initial?: ManifestResult }

/**
 * The manifest section kept current in the browser: while the server is still checking (or on a custom RPC, where
 * the server read nothing) it asks the check route, a few times at most; a settled result needs none of this.
 */
export function LiveManifest({ network, url, initial }: Props) {
  const t = useTranslations('service.manifest')
  const { result, error, gaveUp, retry } = useManifestResult(network, url, initial)
  const stuck = !result || result.state === 'pending' ? (error ?? (gaveUp ? t('notAnswered') : null)) : null
  return (
    <ManifestSection
      result={result}
      note={
        stuck && (
          <p role="status" data-testid="manifest-check-failed" className="text-sm">
            {stuck}{' '}
            <button type="button" className="min-h-6 underline" onClick={retry}>
              {t('checkAgain')}
            </button>
          </p>
        )
      }
    />
  )
}
