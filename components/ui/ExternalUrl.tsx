import { inspectUrl } from '@/lib/ocn/untrusted'
import { UntrustedText } from './UntrustedText'

const FLAG = 'ml-1.5 inline-block rounded px-1.5 py-0.5 align-middle text-xs font-medium'
const AMBER = `${FLAG} bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200`
const RED = `${FLAG} bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-300`

/**
 * A link only for plain http(s); javascript:, data:, user:pass@ and the like stay inert text, flagged. An
 * internationalised host is flagged with the ASCII form the browser really visits, since it may imitate another.
 */
export function ExternalUrl({ url, max = 60 }: { url: string; max?: number }) {
  const { href, credentials, idnHost } = inspectUrl(url)
  const flags = (
    <>
      {credentials && (
        <span className={RED} data-testid="url-credentials-flag">
          contains a user name or password: not a link
        </span>
      )}
      {idnHost && (
        <span className={AMBER} data-testid="url-idn-flag">
          international domain, really <bdi className="font-mono [overflow-wrap:anywhere]">{idnHost}</bdi>
        </span>
      )}
    </>
  )
  if (!href) {
    return (
      <span className="font-mono text-sm">
        <UntrustedText value={url} max={max} empty="(none)" />
        {url !== '' && !credentials && <span className={AMBER}>not a web link</span>}
        {flags}
      </span>
    )
  }
  return (
    <span>
      <a href={href} title={href} target="_blank" rel="noopener noreferrer nofollow" className="font-mono text-sm text-indigo-700 underline decoration-dotted hover:decoration-solid dark:text-indigo-300">
        <UntrustedText value={url} max={max} expandable={false} />
      </a>
      {flags}
    </span>
  )
}
