import { useTranslations } from 'next-intl'
import type { ReactNode } from 'react'
import type { Network } from '@/lib/chain/networks'
import type { ServiceView } from '@/lib/paging/views'
import { PartyFacts } from '@/components/registry/PartyFacts'
import { PageHeader } from '@/components/ui/PageHeader'
import { UntrustedText } from '@/components/ui/UntrustedText'
import { AgreeingParties } from './AgreeingParties'
import { AgreePanel } from './AgreePanel'
import { ForwardingExplainer } from './ForwardingExplainer'
import { LookalikeFlags } from './LookalikeFlags'
import { PermissionList } from './PermissionList'
import { ProviderLine } from './ProviderLine'
import { ServiceUrl } from './ServiceUrl'

type Props = {
  network: Network
  data: ServiceView
  history?: ReactNode
  agreedOn?: Promise<Record<string, number>>
  /** "About this service": the provider's manifest, rendered by whoever read the page (server or browser). */
  manifest?: ReactNode
  /** What the agreeing parties' nodes copy to whom, for a request the visitor picks. */
  forward?: ReactNode
}

/** One service's page, the same whether the server or the visitor's browser read it. */
export function ServiceArticle({ network, data: { service, agreeing, lookalikes }, history, agreedOn, manifest, forward }: Props) {
  const t = useTranslations('service')
  return (
    <article className="space-y-8">
      <PageHeader kicker={t('kicker')} title={<UntrustedText value={service.name} max={120} />} titleTestId="service-title">
        <ProviderLine provider={service.provider} party={service.party} network={network} />
        <LookalikeFlags flags={lookalikes} />
        <ServiceUrl url={service.url} max={100} />
      </PageHeader>

      <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
        <div className="space-y-8">
          {manifest}

          <section aria-labelledby="permissions-title" className="space-y-3">
            <h2 id="permissions-title" className="text-lg font-semibold">
              {t('sections.permissions')}
            </h2>
            <PermissionList permissions={service.permissions} />
            <ForwardingExplainer />
          </section>

          <section aria-labelledby="agreeing-title" className="space-y-3">
            <h2 id="agreeing-title" className="text-lg font-semibold">
              {t.rich('sections.agreeing', { count: agreeing.matched, muted: (chunks) => <span className="text-sm font-normal text-slate-600 dark:text-slate-400">{chunks}</span> })}
            </h2>
            <AgreeingParties parties={agreeing} pathname={`/services/${service.provider}`} agreedOn={agreedOn} />
          </section>

          {forward}

          {history}

          {service.party && (
            <section aria-labelledby="provider-title" className="space-y-3">
              <h2 id="provider-title" className="text-lg font-semibold">
                {t('sections.provider')}
              </h2>
              <PartyFacts party={service.party} network={network} />
            </section>
          )}
        </div>
        {/* On phones the panel comes first, right under the service's name and provider: the page's main action
            within the first screen; beside the details from lg up. */}
        <aside className="order-first lg:order-none">
          <AgreePanel network={network} service={service} lookalikes={lookalikes} />
        </aside>
      </div>
    </article>
  )
}
