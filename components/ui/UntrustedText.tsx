import { useTranslations } from 'next-intl'
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

export function UntrustedText({ value, max, empty, expandable = true }: Props) {
  const t = useTranslations()
  const clean = cleanText(value, max)
  return (
    <>
      {clean.blank ? (
        <span className="italic text-slate-600 dark:text-slate-400" data-testid="blank-value">
          {empty ?? t('common.noName')}
          {/* Said, not only hovered: what the value really holds. */}
          {value !== '' && <span className="sr-only">{` (${t('ui.untrusted.blank')})`}</span>}
        </span>
      ) : (
        <bdi className="break-words [overflow-wrap:anywhere]">{clean.text}</bdi>
      )}
      {clean.hiddenCharacters && (
        <Badge tone="danger" data-testid="hidden-characters-flag" className="ml-1.5 align-middle">
          {t('ui.untrusted.hidden')}
        </Badge>
      )}
      {expandable && !clean.blank && <UntrustedFullText value={value} max={max} />}
    </>
  )
}
