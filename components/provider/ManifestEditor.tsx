'use client'

import { useTranslations } from 'next-intl'
import { useEffect, useMemo, useState } from 'react'
import type { Address } from 'viem'
import type { Network } from '@/lib/chain/networks'
import { useDraft } from '@/lib/hooks/useDraft'
import { sha256Base64, withIntegrity } from '@/lib/manifest/integrity'
import { serializeManifest } from '@/lib/manifest/schema'
import type { Identity } from '@/lib/ocn/reads'
import {
  draftFromManifest,
  EMPTY_MANIFEST_DRAFT,
  hostedUrlProblem,
  type ManifestDraft,
  type ManifestField,
  type ManifestFormErrors,
  manifestDraftKey,
  manifestFromDraft,
  validateManifestDraft,
} from '@/lib/provider/manifest-form'
import { NOTICE } from '@/components/ui/styles'
import { ManifestFields } from './ManifestFields'
import { ManifestFile } from './ManifestFile'
import { ManifestHosting } from './ManifestHosting'
import { ManifestPreview } from './ManifestPreview'

type Props = {
  network: Network
  account: Address
  /** The provider's party and listing on chain, if any: the preview card shows them. */
  identity: Identity
  /** Puts a URL into the service editor's URL field; false when that form cannot take it now. */
  onUseUrl: (url: string) => boolean
}

/** Has the provider typed (or chosen) anything in this field? Only then is its own error shown beside it. */
function hasInput(draft: ManifestDraft, field: ManifestField): boolean {
  if (field === 'form') return true
  const value = draft[field]
  return Array.isArray(value) ? value.length > 0 : value.trim() !== ''
}

/**
 * The provider's manifest: written here, previewed as parties will see it, downloaded to host, hashed, and turned
 * into the service URL that commits that hash on chain. What is typed stays in the browser across reloads.
 */
export function ManifestEditor({ network, account, identity, onUseUrl }: Props) {
  const t = useTranslations()
  // A listed service's URL, without its fragment, is where its manifest most likely lives already.
  const listedUrl = identity.service?.url.split('#')[0] ?? ''
  const { draft, update, loaded } = useDraft(manifestDraftKey(network.chainId, account), { ...EMPTY_MANIFEST_DRAFT, hostedUrl: listedUrl })
  // The schema runs with plain http URLs only where the server fetches them too: the local demo network.
  const allowHttp = network.id === 'local'
  const candidate = useMemo(() => manifestFromDraft(draft), [draft])
  const check = useMemo(() => validateManifestDraft(draft, { allowHttp, t }), [draft, allowHttp, t])
  const json = check.ok ? serializeManifest(check.manifest) : null
  const [hashed, setHashed] = useState<{ json: string; digest: string } | null>(null)
  useEffect(() => {
    if (json === null) return
    let current = true
    void sha256Base64(json).then((digest) => current && setHashed({ json, digest }))
    return () => {
      current = false
    }
  }, [json])
  const digest = hashed && hashed.json === json ? hashed.digest : null
  const hostedProblem = hostedUrlProblem(draft.hostedUrl, { allowHttp, t })
  const onChainUrl = digest && !hostedProblem ? withIntegrity(draft.hostedUrl.trim(), digest) : null

  const errors: ManifestFormErrors = check.ok ? {} : check.errors
  const shown = Object.fromEntries(Object.entries(errors).filter(([field]) => hasInput(draft, field as ManifestField))) as ManifestFormErrors
  const change = (patch: Partial<ManifestDraft>) => update({ ...draft, ...patch })

  return (
    <section data-testid="manifest-editor" aria-labelledby="manifest-editor-title" className="space-y-4">
      <div>
        <h2 id="manifest-editor-title" className="text-lg font-semibold">
          {t('provider.manifest.title')}
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {t('provider.manifest.intro')}
        </p>
      </div>
      <div className="grid gap-8 lg:grid-cols-2">
        <form aria-label={t('provider.manifest.form')} className="space-y-4" onSubmit={(e) => e.preventDefault()}>
          <fieldset disabled={!loaded} className="space-y-4">
            <ManifestFields draft={draft} errors={shown} onChange={change} />
          </fieldset>
        </form>
        <div className="space-y-6">
          <ManifestPreview manifest={candidate} identity={identity} account={account} network={network} onChainUrl={onChainUrl} />
          {!check.ok && (
            <div data-testid="manifest-errors" className={`text-sm ${NOTICE.warning}`}>
              <p className="font-medium">{t('provider.manifest.notReady')}</p>
              <ul className="mt-1 list-disc pl-5">
                {Object.entries(errors).map(([field, message]) => (
                  <li key={field}>{message}</li>
                ))}
              </ul>
            </div>
          )}
          {json && <ManifestFile json={json} digest={digest} />}
          <ManifestHosting
            hostedUrl={draft.hostedUrl}
            onHostedUrlChange={(hostedUrl) => change({ hostedUrl })}
            hostedUrlProblem={hostedProblem}
            onChainUrl={onChainUrl}
            onUseUrl={onUseUrl}
            onLoadHosted={(manifest) => update(draftFromManifest(manifest, draft.hostedUrl))}
          />
        </div>
      </div>
    </section>
  )
}
