import { useTranslations } from 'next-intl'
import { formatCredentials } from '@/lib/ocn/codecs'
import { outcomeText } from '@/lib/forwarding/explain'
import type { ForwardOutcome, ForwardRequest } from '@/lib/forwarding/preview'
import { shortAddress } from '@/lib/format'
import { AppLink } from '@/components/ui/AppLink'
import { Badge } from '@/components/ui/Badge'
import { LINK, TEXT_BODY } from '@/components/ui/styles'
import { UntrustedText } from '@/components/ui/UntrustedText'

type Props = { outcome: ForwardOutcome; request: ForwardRequest; highlighted: boolean }

/** One service of the sender's agreement list: who it is, and why it does or does not get a copy. */
export function ForwardOutcomeRow({ outcome, request, highlighted }: Props) {
  const t = useTranslations()
  const { provider, service } = outcome
  const who = service?.party ? formatCredentials(service.party) : shortAddress(provider)
  return (
    <li data-testid="forward-outcome" data-provider={provider} data-verdict={outcome.verdict} data-copies={outcome.copies} className="space-y-1 py-2">
      <p className="flex flex-wrap items-center gap-2 text-sm font-medium">
        {service ? (
          <AppLink className={LINK} href={`/services/${provider}`}>
            <UntrustedText value={service.name} max={60} expandable={false} />
          </AppLink>
        ) : (
          <span>{t('forwarding.row.withdrawn')}</span>
        )}
        <span className="font-mono text-xs text-slate-600 dark:text-slate-400">{who}</span>
        {highlighted && <Badge tone="info">{t('forwarding.row.thisService')}</Badge>}
        {!outcome.active && <Badge tone="warning">{t('forwarding.row.revoked')}</Badge>}
        {outcome.copies > 1 && <Badge tone="warning">{t('forwarding.row.copies', { count: outcome.copies })}</Badge>}
      </p>
      <p className={`text-sm ${TEXT_BODY}`} data-testid="forward-reason">
        {outcomeText(outcome, request, t)}
      </p>
    </li>
  )
}
