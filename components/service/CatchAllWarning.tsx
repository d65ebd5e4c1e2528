import { useTranslations } from 'next-intl'
import { catchAllBySenderPlusReceiver, catchAllReach, catchAllText } from '@/lib/ocn/permission-review'
import { PANEL_TONE } from '@/components/ui/styles'

/** The warning for FORWARD_ALL, FORWARD_ALL_SENDER and FORWARD_ALL_RECEIVER, worded for how far they really reach. */
export function CatchAllWarning({ permissions }: { permissions: readonly bigint[] }) {
  const t = useTranslations()
  const reach = catchAllReach(permissions)
  if (!reach) return null
  const text = catchAllText(reach, t)
  return (
    <div role="note" data-testid="forward-all-warning" data-reach={reach} className={`rounded-xl p-4 text-sm ring-1 ${PANEL_TONE.danger}`}>
      <p className="font-semibold">{text.headline}</p>
      <p className="mt-1">{text.detail}</p>
      {catchAllBySenderPlusReceiver(permissions) && <p className="mt-1">{t('vocab.catchAll.senderPlusReceiver')}</p>}
    </div>
  )
}
