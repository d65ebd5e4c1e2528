'use client'

import { useTranslations } from 'next-intl'
import { useState } from 'react'
import { stateSentence } from '@/lib/manifest/labels'
import { checkHostedManifest, type HostedCheck } from '@/lib/provider/manifest-check'
import { Button } from '@/components/ui/Button'
import { UntrustedText } from '@/components/ui/UntrustedText'
import { NOTICE, type Tone } from '@/components/ui/styles'
import type { ManifestState, ServiceManifest } from '@/lib/manifest/types'

const TONE: Record<ManifestState, Tone> = {
  verified: 'success',
  unverified: 'warning',
  changed: 'danger',
  none: 'warning',
  invalid: 'danger',
  unreachable: 'danger',
  pending: 'neutral',
}

/** "Check hosted file": what the server fetches at the on-chain URL now, against the hash in it. */
type Props = {
  onChainUrl: string
  /** Replaces the form with a manifest found hosted (to edit what is published rather than start again). */
  onLoad: (manifest: ServiceManifest) => void
}

export function ManifestCheck({ onChainUrl, onLoad }: Props) {
  const t = useTranslations()
  const [checking, setChecking] = useState(false)
  const [check, setCheck] = useState<HostedCheck | null>(null)
  const run = async () => {
    setChecking(true)
    setCheck(await checkHostedManifest(onChainUrl, t))
    setChecking(false)
  }
  const checkedUrl = check ? (check.ok ? check.result.url : check.url) : null
  return (
    <div className="space-y-2">
      <Button variant="secondary" data-testid="manifest-check" disabled={checking} aria-busy={checking} onClick={() => void run()}>
        {checking ? t('provider.manifest.checking') : t('provider.manifest.check')}
      </Button>
      {check && checkedUrl !== onChainUrl && (
        <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="manifest-check-stale">
          {t('provider.manifest.checkStale')}
        </p>
      )}
      {check && checkedUrl === onChainUrl && (
        <div role="status" data-testid="manifest-check-result" data-state={check.ok ? check.result.state : 'error'} className={`text-sm ${NOTICE[check.ok ? TONE[check.result.state] : 'danger']}`}>
          {check.ok ? (
            <>
              <p className="font-medium">{check.result.state === 'verified' ? t('provider.manifest.checkVerified') : stateSentence(check.result.state, t)}</p>
              {check.result.manifestUrl && (
                <p className="mt-1 break-all text-xs">
                  {t('provider.manifest.fetched')} <span className="font-mono">{check.result.manifestUrl}</span>
                </p>
              )}
              {check.result.reason && (
                <p className="mt-1">
                  <UntrustedText value={check.result.reason} max={500} />
                </p>
              )}
              {check.result.manifest && check.result.state !== 'verified' && (
                <Button variant="link" data-testid="manifest-load-hosted" className="mt-1" onClick={() => check.result.manifest && onLoad(check.result.manifest)}>
                  {t('provider.manifest.loadHosted')}
                </Button>
              )}
              {check.result.state === 'changed' && check.result.actual && (
                <p className="mt-1 break-all text-xs">
                  {t.rich('provider.manifest.hashDiffers', { actual: check.result.actual, code: (chunks) => <span className="font-mono">{chunks}</span> })}
                </p>
              )}
            </>
          ) : (
            <p>{check.message}</p>
          )}
        </div>
      )}
    </div>
  )
}
