import { useTranslations } from 'next-intl'
import type { Address } from 'viem'
import { carriesPersonalData } from '@/lib/history/agreement-changes'
import type { Translate } from '@/lib/i18n/translate'
import { permissionValueLabel } from '@/lib/ocn/catalog'
import { type ReviewedPermission, unknownPermissionExplanation } from '@/lib/ocn/permission-review'
import { AppLink } from '@/components/ui/AppLink'
import { CollapsedItems } from '@/components/ui/CollapsedItems'
import { BADGE_TONE, LINK, NOTICE } from '@/components/ui/styles'

type Props = { provider: Address; added: ReviewedPermission[]; removed: ReviewedPermission[] }

const LIST = 'space-y-1'
/** Changes listed before the rest fold away: a provider may add hundreds of values at once. */
const CHANGES_SHOWN = 6
/** An unknown value (up to 78 digits) is shown whole and wrapped, not cut to a tooltip; what it means is said below the list. */
function label(permission: ReviewedPermission, t: Translate): string {
  return permissionValueLabel(permission.value, t)
}

function Row({ permission, change }: { permission: ReviewedPermission; change: 'added' | 'removed' }) {
  const t = useTranslations()
  const personal = carriesPersonalData(permission)
  return (
    <li
      data-testid={`permission-${change}`}
      data-personal={personal ? 'true' : undefined}
      data-value={String(permission.value)}
      className="flex min-w-0 flex-wrap items-center gap-x-2"
    >
      <span aria-hidden="true" className="w-3 font-mono">
        {change === 'added' ? '+' : '−'}
      </span>
      <span className={`min-w-0 [overflow-wrap:anywhere] ${change === 'removed' ? 'line-through decoration-1' : 'font-medium'}`}>{label(permission, t)}</span>
      <span className="sr-only">{change === 'added' ? t('agreements.added') : t('agreements.removed')}</span>
      {personal && <span className={`rounded px-1 text-[10px] uppercase tracking-wide ring-1 ${BADGE_TONE.warning}`}>{t('agreements.personalData')}</span>}
      {!permission.known && permission.breaksNodes && <span className={`rounded px-1 text-[10px] uppercase tracking-wide ring-1 ${BADGE_TONE.danger}`}>{t('agreements.breaksNodes')}</span>}
    </li>
  )
}

/**
 * The flag on an agreement whose provider changed its permissions after the party agreed: the party's node
 * forwards what is listed now, not what it agreed to. Added permissions come first, as they are what to check
 * (known ones, personal data among them, before unknown values); a long change folds like a long permission list.
 */
export function PermissionsChanged({ provider, added, removed }: Props) {
  const t = useTranslations('agreements')
  const tAll = useTranslations()
  // Said once for the list, not on every row: the value that breaks nodes is the one to name if there is one.
  const unknown = added.find((permission) => !permission.known && permission.breaksNodes) ?? added.find((permission) => !permission.known)
  const rows = [
    ...added.map((permission) => <Row key={`added-${permission.value}`} permission={permission} change="added" />),
    ...removed.map((permission) => <Row key={`removed-${permission.value}`} permission={permission} change="removed" />),
  ]
  return (
    <div data-testid="permissions-changed" role="note" className={`mt-3 min-w-0 text-sm ${NOTICE.warning}`}>
      <p className="font-medium">{t('changedTitle')}</p>
      <p className="mt-1">
        {/* "3 values added (2 carrying personal data); 1 removed": the whole change, even when folded. */}
        {t('changedSummary', {
          added: added.length,
          personal: added.filter(carriesPersonalData).length,
          removed: removed.length,
          both: added.length > 0 && removed.length > 0 ? 'yes' : 'no',
        })}
        {unknown && !unknown.known && <> {t('changedUnknown', { explanation: unknownPermissionExplanation(unknown, tAll) })}</>}
      </p>
      <ul className={`mt-2 ${LIST}`}>
        <CollapsedItems shown={CHANGES_SHOWN} summary={(hidden) => t('changedMore', { count: hidden })} listClassName={LIST} items={rows} />
      </ul>
      <p className="mt-2">
        {t.rich('changedReview', {
          link: (text) => (
            <AppLink href={`/services/${provider}`} className={`font-medium ${LINK}`}>
              {text}
            </AppLink>
          ),
        })}
      </p>
    </div>
  )
}
