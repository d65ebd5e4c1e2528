import { cleanText } from '@/lib/ocn/untrusted'
import { UntrustedFullText } from './UntrustedFullText'
import { Badge } from './Badge'

/**
 * Text that came from the chain: React escapes it, hidden characters are shown as markers and flagged, bidi is
 * isolated from the page, and long values are cut with the whole value one click away. A value that shows
 * nothing (empty, whitespace, only hidden characters) is shown as having none.
 */
type Props = {
  value: string
  max: number
  empty?: string
  /** Off inside links, where a disclosure widget cannot nest: show <UntrustedFullText> beside the link. */
  expandable?: boolean
}

export function UntrustedText({ value, max, empty = '(no name)', expandable = true }: Props) {
  const clean = cleanText(value, max)
  return (
    <>
      {clean.blank ? (
        <span className="italic text-slate-500" data-testid="blank-value" title={value === '' ? undefined : `Only whitespace or hidden characters: ${clean.full}`}>
          {empty}
        </span>
      ) : (
        <bdi className="break-words [overflow-wrap:anywhere]">{clean.text}</bdi>
      )}
      {clean.hiddenCharacters && (
        <Badge tone="danger" data-testid="hidden-characters-flag" className="ml-1.5 align-middle">
          hidden characters
        </Badge>
      )}
      {expandable && !clean.blank && <UntrustedFullText value={value} max={max} />}
    </>
  )
}
