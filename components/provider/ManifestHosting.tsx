'use client'

import { useTranslations } from 'next-intl'
import { useState } from 'react'
import { manifestLocation } from '@/lib/manifest/location'
import { type ServiceManifest, WELL_KNOWN_MANIFEST_PATH } from '@/lib/manifest/types'
import { Button } from '@/components/ui/Button'
import { TextField } from '@/components/ui/TextField'
import { TEXT_MUTED } from '@/components/ui/styles'
import { ManifestCheck } from './ManifestCheck'

type Props = {
  hostedUrl: string
  onHostedUrlChange: (hostedUrl: string) => void
  /** Shown once something is typed. */
  hostedUrlProblem: string | null
  /** Null until the manifest is valid and hashed and the hosted URL is usable. */
  onChainUrl: string | null
  /** Puts the URL into the service editor's URL field; false when that form cannot take it now. */
  onUseUrl: (url: string) => boolean
  onLoadHosted: (manifest: ServiceManifest) => void
}

/** Where the file is hosted, the on-chain URL that commits its hash, and a check of what is hosted now. */
export function ManifestHosting({ hostedUrl, onHostedUrlChange, hostedUrlProblem, onChainUrl, onUseUrl, onLoadHosted }: Props) {
  const t = useTranslations('provider.manifest')
  const [used, setUsed] = useState<{ url: string; ok: boolean } | null>(null)
  const location = hostedUrlProblem ? null : manifestLocation(hostedUrl.trim())
  return (
    <div className="space-y-3">
      <TextField
        id="manifest-hosted-url"
        label={t('hostedAt')}
        mono
        placeholder="https://billing.example.com/ocn-service.json"
        hint={t.rich('hostedAtHint', { path: WELL_KNOWN_MANIFEST_PATH, code: (chunks) => <code>{chunks}</code> })}
        value={hostedUrl}
        error={hostedUrl.trim() ? (hostedUrlProblem ?? undefined) : undefined}
        onChange={onHostedUrlChange}
      />
      {location && (
        <p data-testid="manifest-fetched-from" className={`break-all text-sm ${TEXT_MUTED}`}>
          {t.rich(location.manifestUrl !== hostedUrl.trim().split('#')[0] ? 'fetchFromWellKnown' : 'fetchFrom', {
            url: location.manifestUrl,
            mono: (chunks) => <span className="font-mono">{chunks}</span>,
          })}
        </p>
      )}
      {!onChainUrl && (
        <p className={`text-sm ${TEXT_MUTED}`}>{t('urlPending')}</p>
      )}
      {onChainUrl && (
        <>
          <div className="text-sm">
            <p className="font-semibold">{t('onChainTitle')}</p>
            <p className={`text-xs ${TEXT_MUTED}`}>{t('onChainText')}</p>
            <code data-testid="manifest-onchain-url" className="mt-1 block break-all rounded-lg bg-slate-100 p-2 font-mono text-xs dark:bg-slate-950">
              {onChainUrl}
            </code>
          </div>
          <div className="flex flex-wrap items-center gap-3">
            <Button data-testid="manifest-use-url" onClick={() => setUsed({ url: onChainUrl, ok: onUseUrl(onChainUrl) })}>
              {t('useUrl')}
            </Button>
            {used?.url === onChainUrl && (
              <p role="status" data-testid="manifest-use-url-status" className="text-sm">
                {used.ok ? t('usedUrl') : t('usedUrlRefused')}
              </p>
            )}
          </div>
          <ManifestCheck onChainUrl={onChainUrl} onLoad={onLoadHosted} />
        </>
      )}
    </div>
  )
}
