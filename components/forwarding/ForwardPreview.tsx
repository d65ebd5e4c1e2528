import { useTranslations } from 'next-intl'
import type { Address } from 'viem'
import { blockedText, headline } from '@/lib/forwarding/explain'
import { type ForwardInputs, type ForwardRequest, previewForwarding } from '@/lib/forwarding/preview'
import { formatCredentials } from '@/lib/ocn/codecs'
import { NOTICE, TEXT_MUTED } from '@/components/ui/styles'
import { ForwardNotes } from './ForwardNotes'
import { ForwardOutcomeRow } from './ForwardOutcomeRow'
import { ForwardPicker } from './ForwardPicker'

type Props = {
  /** The request the URL asks for (lib/forwarding/request-params.ts). */
  request: ForwardRequest
  /** The sender the URL names (`fwd-from`, credentials), when there is a choice; the first one otherwise. */
  from?: string | null
  /** One sender (a party's page, the connected party) or several to choose from (a service page's agreeing parties). */
  senders: readonly ForwardInputs[]
  /** The service whose page this is: marked in the lists. */
  highlight?: Address
  title?: string
}

/**
 * "If this party sends this OCPI request, who gets a copy?" A pure function of the chain's inputs and the request
 * (lib/forwarding/preview.ts), rendered where the inputs were read: on the server for the party and service pages,
 * so none of its code or wording ships to the browser there; only the picker is a client island. The request and
 * the sender live in the query string, so a preview can be linked.
 */
export function ForwardPreview({ request, from = null, senders, highlight, title }: Props) {
  const t = useTranslations()
  const names = senders.map((inputs) => formatCredentials(inputs.sender))
  const chosen = Math.max(0, names.indexOf(from ?? ''))
  const inputs = senders[chosen]
  const preview = inputs ? previewForwarding(inputs, request) : null
  const receivers = preview?.outcomes.filter((o) => o.copies > 0) ?? []
  const others = preview?.outcomes.filter((o) => o.copies === 0) ?? []

  return (
    <section aria-labelledby="forward-title" className="min-w-0 space-y-3 rounded-xl bg-white p-4 ring-1 ring-slate-200 [overflow-wrap:anywhere] dark:bg-slate-900 dark:ring-slate-800" data-testid="forward-preview">
      <h2 id="forward-title" className="text-lg font-semibold">
        {title ?? t('forwarding.title')}
      </h2>
      {!inputs || !preview ? (
        <p className={`text-sm ${TEXT_MUTED}`} data-testid="forward-headline">
          {t('forwarding.noParty')}
        </p>
      ) : (
        <>
          <ForwardPicker request={request} senders={senders.length > 1 ? { options: names, chosen: names[chosen] } : undefined} />
          <p className="text-sm font-medium" data-testid="forward-headline">
            {headline(names[chosen], preview, t)}
          </p>
          {preview.endpoint && (
            <p className={`font-mono text-xs ${TEXT_MUTED}`} data-testid="forward-endpoint">
              {t('forwarding.endpoint', { method: preview.endpoint.method, path: preview.endpoint.path })}
            </p>
          )}
          {preview.blocked && (
            <p className={`text-sm ${NOTICE.info}`} data-testid="forward-blocked">
              {blockedText(preview.blocked, request, t)}
            </p>
          )}
          {receivers.length > 0 && (
            <ul className="divide-y divide-slate-100 dark:divide-slate-800" data-testid="forward-receivers">
              {receivers.map((outcome) => (
                <ForwardOutcomeRow key={outcome.provider} outcome={outcome} request={request} highlighted={outcome.provider === highlight} />
              ))}
            </ul>
          )}
          {others.length > 0 && (
            <details open={receivers.length === 0} data-testid="forward-others">
              <summary className="cursor-pointer text-sm font-medium">
                {t('forwarding.others', { count: others.length })}
              </summary>
              <ul className="divide-y divide-slate-100 dark:divide-slate-800">
                {others.map((outcome) => (
                  <ForwardOutcomeRow key={outcome.provider} outcome={outcome} request={request} highlighted={outcome.provider === highlight} />
                ))}
              </ul>
            </details>
          )}
          {preview.outcomes.length === 0 && !preview.blocked && (
            <p className={`text-sm ${TEXT_MUTED}`}>{t('forwarding.noAgreements', { sender: names[chosen] })}</p>
          )}
          <ForwardNotes />
        </>
      )}
    </section>
  )
}
