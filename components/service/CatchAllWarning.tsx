import { CATCH_ALL_TEXT, catchAllBySenderPlusReceiver, catchAllReach, SENDER_PLUS_RECEIVER_NOTE } from '@/lib/ocn/permission-review'
import { PANEL_TONE } from '@/components/ui/styles'

/** The warning for FORWARD_ALL, FORWARD_ALL_SENDER and FORWARD_ALL_RECEIVER, worded for how far they really reach. */
export function CatchAllWarning({ permissions }: { permissions: readonly bigint[] }) {
  const reach = catchAllReach(permissions)
  if (!reach) return null
  const text = CATCH_ALL_TEXT[reach]
  return (
    <div role="note" data-testid="forward-all-warning" data-reach={reach} className={`rounded-xl p-4 text-sm ring-1 ${PANEL_TONE.danger}`}>
      <p className="font-semibold">{text.headline}</p>
      <p className="mt-1">{text.detail}</p>
      {catchAllBySenderPlusReceiver(permissions) && <p className="mt-1">{SENDER_PLUS_RECEIVER_NOTE}</p>}
    </div>
  )
}
