import { safeExternalUrl } from '@/lib/ocn/untrusted'
import { UntrustedText } from './UntrustedText'

/** A link only for http(s); javascript:, data: and the like stay inert text, flagged. */
export function ExternalUrl({ url, max = 60 }: { url: string; max?: number }) {
  const href = safeExternalUrl(url)
  if (!href) {
    return (
      <span className="font-mono text-sm">
        <UntrustedText value={url} max={max} empty="(none)" />
        {url !== '' && (
          <span className="ml-1.5 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-950 dark:text-amber-200">
            not a web link
          </span>
        )}
      </span>
    )
  }
  return (
    <a href={href} title={href} target="_blank" rel="noopener noreferrer nofollow" className="font-mono text-sm text-indigo-700 underline decoration-dotted hover:decoration-solid dark:text-indigo-300">
      <UntrustedText value={url} max={max} expandable={false} />
    </a>
  )
}
