import Link from 'next/link'
import type { Network } from '@/lib/chain/networks'
import type { Service } from '@/lib/ocn/reads'
import { ExternalUrl } from '@/components/ui/ExternalUrl'
import { UntrustedFullText } from '@/components/ui/UntrustedFullText'
import { UntrustedText } from '@/components/ui/UntrustedText'
import { PermissionChips } from '@/components/service/PermissionChips'
import { ProviderLine } from '@/components/service/ProviderLine'

export function ServiceCard({ service, network }: { service: Service; network: Network }) {
  return (
    <article data-testid="service-card" data-provider={service.provider} className="rounded-xl bg-white p-5 ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800">
      <h3 className="text-lg font-semibold">
        <Link href={`/services/${service.provider}`} className="hover:underline" data-testid="service-name">
          <UntrustedText value={service.name} max={80} expandable={false} />
        </Link>
      </h3>
      <UntrustedFullText value={service.name} max={80} />
      <div className="mt-1">
        <ProviderLine provider={service.provider} party={service.party} network={network} />
      </div>
      <div className="mt-2">
        <ExternalUrl url={service.url} />
      </div>
      <div className="mt-3">
        <PermissionChips permissions={service.permissions} />
      </div>
    </article>
  )
}
