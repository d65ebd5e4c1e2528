import { useTranslations } from 'next-intl'
import type { Address } from 'viem'
import type { Network } from '@/lib/chain/networks'
import type { ServiceManifest } from '@/lib/manifest/types'
import type { Identity } from '@/lib/ocn/reads'
import { ServiceCard } from '@/components/catalog/ServiceCard'
import { previewSummary } from '@/lib/provider/manifest-form'
import { ManifestPageFacts } from './ManifestPageFacts'

type Props = {
  /** The draft as a manifest, valid or not yet: rendered inert either way, so the preview follows every keystroke. */
  manifest: ServiceManifest
  network: Network
  account: Address
  identity: Identity
  /** The URL the listing will carry; the on-chain one until the manifest's is ready. */
  onChainUrl: string | null
}

/** The catalog card and the service page's key facts, as parties will see them once the hosted file is verified. */
export function ManifestPreview({ manifest, network, account, identity, onChainUrl }: Props) {
  const t = useTranslations('provider.manifest')
  const service = identity.service
  const card = {
    provider: account,
    name: service?.name ?? t('yourService'),
    url: onChainUrl ?? service?.url ?? '',
    permissions: service?.permissions ?? [],
    party: identity.party,
    manifest: previewSummary(manifest),
  }
  return (
    <section aria-labelledby="manifest-preview-title" className="space-y-3">
      <h3 id="manifest-preview-title" className="font-semibold">
        {t('previewTitle')}
      </h3>
      <div data-testid="manifest-preview" className="space-y-3">
        <ServiceCard service={card} network={network} linked={false} logoSrc={manifest.logo} />
        <ManifestPageFacts manifest={manifest} />
      </div>
    </section>
  )
}
