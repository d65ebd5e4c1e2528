import { AppLink } from '@/components/ui/AppLink'
import type { Network } from '@/lib/chain/networks'
import type { Lookalike } from '@/lib/ocn/lookalikes'
import type { CatalogService } from '@/lib/catalog/query'
import { logoPath } from '@/lib/manifest/types'
import { UntrustedFullText } from '@/components/ui/UntrustedFullText'
import { UntrustedText } from '@/components/ui/UntrustedText'
import { LookalikeFlags } from '@/components/service/LookalikeFlags'
import { PermissionChips } from '@/components/service/PermissionChips'
import { ProviderLine } from '@/components/service/ProviderLine'
import { ServiceUrl } from '@/components/service/ServiceUrl'
import { TEXT_MUTED } from '@/components/ui/styles'
import { ManifestStateBadge } from '@/components/manifest/ManifestStateBadge'
import { ManifestFacts } from './ManifestFacts'

type Props = {
  service: CatalogService
  network: Network
  /** What the whole catalog says about this service (lib/ocn/lookalikes); none where there is no catalog to compare. */
  lookalikes?: readonly Lookalike[]
  /** False where the service has no page (yet, or any more): a preview of a draft. */
  linked?: boolean
  /** A draft's logo as a data: URL (the provider console's preview), where the server has no fetched logo to serve. */
  logoSrc?: string
}

/** A service in the catalog: the chain's name, provider and permissions, with what its provider's manifest adds. */
export function ServiceCard({ service, network, lookalikes = [], linked = true, logoSrc }: Props) {
  const name = <UntrustedText value={service.name} max={80} expandable={false} />
  const manifest = service.manifest
  const logo = logoSrc ?? (manifest?.logoHash ? logoPath(manifest.logoHash) : null)
  return (
    <article data-testid="service-card" data-provider={service.provider} className="rounded-xl bg-white p-5 ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800">
      <div className="flex items-start gap-3">
        {logo && (
          // Served only from logos the server fetched and validated itself (raster, size-capped); never a provider's URL.
          // eslint-disable-next-line @next/next/no-img-element -- a 24 KiB raster from our own route: next/image adds nothing
          <img
            data-testid="service-logo"
            src={logo}
            alt=""
            width={40}
            height={40}
            loading="lazy"
            className="size-10 shrink-0 rounded-lg object-contain"
          />
        )}
        <div className="min-w-0 flex-1">
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <h3 className="min-w-0 text-lg font-semibold" elementtiming="service-name">
              {linked ? (
                <AppLink href={`/services/${service.provider}`} className="hover:underline" data-testid="service-name">
                  {name}
                </AppLink>
              ) : (
                <span data-testid="service-name">{name}</span>
              )}
            </h3>
            {manifest && <ManifestStateBadge state={manifest.state} />}
          </div>
          <UntrustedFullText value={service.name} max={80} />
          {manifest?.tagline && (
            <p data-testid="service-tagline" className={`text-sm ${TEXT_MUTED}`}>
              <UntrustedText value={manifest.tagline} max={120} expandable={false} empty="" />
            </p>
          )}
        </div>
      </div>
      <div className="mt-1">
        <ProviderLine provider={service.provider} party={service.party} network={network} />
      </div>
      {lookalikes.length > 0 && (
        <div className="mt-2">
          <LookalikeFlags flags={lookalikes} />
        </div>
      )}
      {manifest && (
        <div className="mt-2">
          <ManifestFacts summary={manifest} />
        </div>
      )}
      <div className="mt-2">
        <ServiceUrl url={service.url} compact />
      </div>
      <div className="mt-3">
        <PermissionChips permissions={service.permissions} />
      </div>
    </article>
  )
}
