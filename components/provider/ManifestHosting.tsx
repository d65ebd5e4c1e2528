'use client'

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
  const [used, setUsed] = useState<{ url: string; ok: boolean } | null>(null)
  const location = hostedUrlProblem ? null : manifestLocation(hostedUrl.trim())
  return (
    <div className="space-y-3">
      <TextField
        id="manifest-hosted-url"
        label="Hosted at"
        mono
        placeholder="https://billing.example.com/ocn-service.json"
        hint={
          <>
            Either the file&apos;s own URL, ending in <code>.json</code> (that URL becomes your service URL), or any page of your service&apos;s site
            with the file at <code>{WELL_KNOWN_MANIFEST_PATH}</code> on the same origin.
          </>
        }
        value={hostedUrl}
        error={hostedUrl.trim() ? (hostedUrlProblem ?? undefined) : undefined}
        onChange={onHostedUrlChange}
      />
      {location && (
        <p data-testid="manifest-fetched-from" className={`break-all text-sm ${TEXT_MUTED}`}>
          The app will fetch the manifest from <span className="font-mono">{location.manifestUrl}</span>
          {location.manifestUrl !== hostedUrl.trim().split('#')[0] && ' (the well-known path at your URL\u2019s origin)'}.
        </p>
      )}
      {!onChainUrl && (
        <p className={`text-sm ${TEXT_MUTED}`}>Your service URL, with the manifest&apos;s hash in it, appears here once the manifest is ready and you have said where it is hosted.</p>
      )}
      {onChainUrl && (
        <>
          <div className="text-sm">
            <p className="font-semibold">Your service URL, with the manifest&apos;s hash</p>
            <p className={`text-xs ${TEXT_MUTED}`}>Publish this as your service&apos;s URL: parties then see the manifest as verified while the hosted file matches.</p>
            <code data-testid="manifest-onchain-url" className="mt-1 block break-all rounded-lg bg-slate-100 p-2 font-mono text-xs dark:bg-slate-950">
              {onChainUrl}
            </code>
          </div>
          <div className="flex flex-wrap items-center gap-3">
            <Button data-testid="manifest-use-url" onClick={() => setUsed({ url: onChainUrl, ok: onUseUrl(onChainUrl) })}>
              Use this URL for my service
            </Button>
            {used?.url === onChainUrl && (
              <p role="status" data-testid="manifest-use-url-status" className="text-sm">
                {used.ok
                  ? 'In the Service URL field above: review and sign your service to commit it on chain.'
                  : 'Finish or leave the review of your service first, then use the URL.'}
              </p>
            )}
          </div>
          <ManifestCheck onChainUrl={onChainUrl} onLoad={onLoadHosted} />
        </>
      )}
    </div>
  )
}
