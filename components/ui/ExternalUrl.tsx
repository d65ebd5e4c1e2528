import { useTranslations } from 'next-intl'
import { inspectUrl } from '@/lib/ocn/untrusted'
import { UntrustedText } from './UntrustedText'
import { Badge } from './Badge'

const FLAG = 'ml-1.5 align-middle'

/**
 * A link only for plain http(s); javascript:, data:, user:pass@ and the like stay inert text, flagged. An
 * internationalised host is flagged with the ASCII form the browser really visits, since it may imitate another.
 */
export function ExternalUrl({ url, max = 60, linkTestId }: { url: string; max?: number; linkTestId?: string }) {
  const t = useTranslations()
  const { href, credentials, idnHost } = inspectUrl(url)
  const flags = (
    <>
      {credentials && (
        <Badge tone="danger" className={FLAG} data-testid="url-credentials-flag">
          {t('ui.url.credentials')}
        </Badge>
      )}
      {idnHost && (
        <Badge tone="warning" className={FLAG} data-testid="url-idn-flag">
          {t.rich('ui.url.idn', { host: () => <bdi className="font-mono [overflow-wrap:anywhere]">{idnHost}</bdi> })}
        </Badge>
      )}
    </>
  )
  if (!href) {
    return (
      <span className="font-mono text-sm">
        <UntrustedText value={url} max={max} empty={t('common.none')} />
        {url !== '' && !credentials && (
          <Badge tone="warning" className={FLAG}>
            {t('ui.url.notLink')}
          </Badge>
        )}
        {flags}
      </span>
    )
  }
  return (
    <span>
      <a href={href} title={href} data-testid={linkTestId} target="_blank" rel="noopener noreferrer nofollow" className="font-mono text-sm text-indigo-700 underline decoration-dotted hover:decoration-solid dark:text-indigo-300">
        <UntrustedText value={url} max={max} expandable={false} />
      </a>
      {flags}
    </span>
  )
}
