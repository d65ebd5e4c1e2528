import { AppLink } from '@/components/ui/AppLink'
import type { Network } from '@/lib/chain/networks'
import type { Lookalike } from '@/lib/ocn/lookalikes'
import type { CatalogService } from '@/lib/catalog/query'
import { UntrustedFullText } from '@/components/ui/UntrustedFullText'
import { UntrustedText } from '@/components/ui/UntrustedText'
import { LookalikeFlags } from '@/components/service/LookalikeFlags'
import { PermissionChips } from '@/components/service/PermissionChips'
import { ProviderLine } from '@/components/service/ProviderLine'
import { ServiceUrl } from '@/components/service/ServiceUrl'

type Props = {
  service: CatalogService
  network: Network
  /** What the whole catalog says about this service (lib/ocn/lookalikes); none where there is no catalog to compare. */
  lookalikes?: readonly Lookalike[]
  /** False where the service has no page (yet, or any more): a preview of a draft. */
  linked?: boolean
}

export function ServiceCard({ service, network, lookalikes = [], linked = true }: Props) {
  const name = <UntrustedText value={service.name} max={80} expandable={false} />
  return (
    <article data-testid="service-card" data-provider={service.provider} className="rounded-xl bg-white p-5 ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800">
      <h3 className="text-lg font-semibold" elementtiming="service-name">
        {linked ? (
          <AppLink href={`/services/${service.provider}`} className="hover:underline" data-testid="service-name">
            {name}
          </AppLink>
        ) : (
          <span data-testid="service-name">{name}</span>
        )}
      </h3>
      <UntrustedFullText value={service.name} max={80} />
      <div className="mt-1">
        <ProviderLine provider={service.provider} party={service.party} network={network} />
      </div>
      {lookalikes.length > 0 && (
        <div className="mt-2">
          <LookalikeFlags flags={lookalikes} />
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
