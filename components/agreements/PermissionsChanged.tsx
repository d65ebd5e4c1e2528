import type { Address } from 'viem'
import { carriesPersonalData } from '@/lib/history/agreement-changes'
import type { ReviewedPermission } from '@/lib/ocn/permission-review'
import { AppLink } from '@/components/ui/AppLink'
import { CollapsedItems } from '@/components/ui/CollapsedItems'
import { BADGE_TONE, LINK, NOTICE } from '@/components/ui/styles'

const LIST = 'mt-2 space-y-1'
/** Rows shown before the rest fold away: a provider can add hundreds of values at once. */
const SHOWN = 3

type Props = { provider: Address; added: ReviewedPermission[]; removed: ReviewedPermission[] }

function label(permission: ReviewedPermission): string {
  return permission.known ? permission.permission.label : permission.label
}

function Row({ permission, change }: { permission: ReviewedPermission; change: 'added' | 'removed' }) {
  const personal = carriesPersonalData(permission)
  return (
    <li data-testid={`permission-${change}`} data-personal={personal ? 'true' : undefined} data-value={String(permission.value)} className="flex min-w-0 flex-wrap items-center gap-2 break-all">
      <span aria-hidden="true" className="w-3 font-mono">
        {change === 'added' ? '+' : '−'}
      </span>
      <span className={change === 'removed' ? 'line-through decoration-1' : 'font-medium'}>{label(permission)}</span>
      <span className="sr-only">{change === 'added' ? '(added)' : '(removed)'}</span>
      {personal && <span className={`rounded px-1 text-[10px] uppercase tracking-wide ring-1 ${BADGE_TONE.warning}`}>personal data</span>}
      {!permission.known && <span className="text-xs">{permission.explanation}</span>}
    </li>
  )
}

/**
 * The flag on an agreement whose provider changed its permissions after the party agreed: the party's node
 * forwards what is listed now, not what it agreed to. Added permissions come first, as they are what to check.
 */
export function PermissionsChanged({ provider, added, removed }: Props) {
  return (
    <div data-testid="permissions-changed" role="note" className={`mt-3 text-sm ${NOTICE.warning}`}>
      <p className="font-medium">The provider changed this service&apos;s permissions since you agreed.</p>
      <p className="mt-1">Your OCN node forwards what the service lists now:</p>
      <ul className={LIST}>
        <CollapsedItems
          shown={SHOWN}
          summary={(hidden) => `Show ${hidden.toLocaleString('en')} more changes`}
          listClassName={LIST}
          items={[
            ...added.map((permission) => <Row key={`added-${permission.value}`} permission={permission} change="added" />),
            ...removed.map((permission) => <Row key={`removed-${permission.value}`} permission={permission} change="removed" />),
          ]}
        />
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
