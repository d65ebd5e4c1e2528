import { useTranslations } from 'next-intl'
import type { Address } from 'viem'
import { carriesPersonalData } from '@/lib/history/agreement-changes'
import type { Translate } from '@/lib/i18n/translate'
import { permissionValueLabel } from '@/lib/ocn/catalog'
import { type ReviewedPermission, unknownPermissionExplanation } from '@/lib/ocn/permission-review'
import { cleanText } from '@/lib/ocn/untrusted'
import { AppLink } from '@/components/ui/AppLink'
import { CollapsedItems } from '@/components/ui/CollapsedItems'
import { BADGE_TONE, LINK, NOTICE } from '@/components/ui/styles'

type Props = { provider: Address; added: ReviewedPermission[]; removed: ReviewedPermission[] }

const LIST = 'space-y-1'
/** Changes listed before the rest fold away: a provider may add hundreds of values at once. */
const CHANGES_SHOWN = 6
/** An unknown value is a number of up to 78 digits: cut, the whole value in the row's title. */
const LABEL_MAX = 40

function label(permission: ReviewedPermission, t: Translate): string {
  return cleanText(permissionValueLabel(permission.value, t), LABEL_MAX).text
}

function Row({ permission, change }: { permission: ReviewedPermission; change: 'added' | 'removed' }) {
  const t = useTranslations()
  const personal = carriesPersonalData(permission)
  return (
    <li
      data-testid={`permission-${change}`}
      data-personal={personal ? 'true' : undefined}
      data-value={String(permission.value)}
      title={permission.known ? undefined : `${permissionValueLabel(permission.value, t)}: ${unknownPermissionExplanation(permission, t)}`}
      className="flex min-w-0 flex-wrap items-center gap-x-2"
    >
      <span aria-hidden="true" className="w-3 font-mono">
        {change === 'added' ? '+' : '−'}
      </span>
      <span className={`min-w-0 [overflow-wrap:anywhere] ${change === 'removed' ? 'line-through decoration-1' : 'font-medium'}`}>{label(permission, t)}</span>
      <span className="sr-only">{change === 'added' ? '(added)' : '(removed)'}</span>
      {personal && <span className={`rounded px-1 text-[10px] uppercase tracking-wide ring-1 ${BADGE_TONE.warning}`}>personal data</span>}
      {!permission.known && permission.breaksNodes && <span className={`rounded px-1 text-[10px] uppercase tracking-wide ring-1 ${BADGE_TONE.danger}`}>breaks nodes</span>}
    </li>
  )
}

function count(n: number, what: string): string {
  return `${n.toLocaleString('en')} ${what}${n === 1 ? '' : 's'}`
}

/** "3 permissions added, 2 of them carrying personal data; 1 removed": the whole change, even when folded. */
function summary(added: ReviewedPermission[], removed: ReviewedPermission[]): string {
  const parts: string[] = []
  if (added.length > 0) {
    const personal = added.filter(carriesPersonalData).length
    parts.push(`${count(added.length, 'permission value')} added${personal > 0 ? ` (${personal.toLocaleString('en')} carrying personal data)` : ''}`)
  }
  if (removed.length > 0) parts.push(`${count(removed.length, 'permission value')} removed`)
  return `${parts.join('; ')}.`
}

/**
 * The flag on an agreement whose provider changed its permissions after the party agreed: the party's node
 * forwards what is listed now, not what it agreed to. Added permissions come first, as they are what to check
 * (known ones, personal data among them, before unknown values); a long change folds like a long permission list.
 */
export function PermissionsChanged({ provider, added, removed }: Props) {
  const t = useTranslations()
  // Said once for the list, not on every row: the value that breaks nodes is the one to name if there is one.
  const unknown = added.find((permission) => !permission.known && permission.breaksNodes) ?? added.find((permission) => !permission.known)
  const rows = [
    ...added.map((permission) => <Row key={`added-${permission.value}`} permission={permission} change="added" />),
    ...removed.map((permission) => <Row key={`removed-${permission.value}`} permission={permission} change="removed" />),
  ]
  return (
    <div data-testid="permissions-changed" role="note" className={`mt-3 min-w-0 text-sm ${NOTICE.warning}`}>
      <p className="font-medium">The provider changed this service&apos;s permissions since you agreed.</p>
      <p className="mt-1">
        Your OCN node forwards what the service lists now: {summary(added, removed)}
        {unknown && !unknown.known && ` Added unknown values: ${unknownPermissionExplanation(unknown, t)}`}
      </p>
      <ul className={`mt-2 ${LIST}`}>
        <CollapsedItems shown={CHANGES_SHOWN} summary={(hidden) => `Show ${hidden.toLocaleString('en')} more changes`} listClassName={LIST} items={rows} />
      </ul>
      <p className="mt-2">
        <AppLink href={`/services/${provider}`} className={`font-medium ${LINK}`}>
          Review the service
        </AppLink>{' '}
        and keep the agreement, or revoke it here if you no longer want what it receives.
      </p>
    </div>
  )
}
