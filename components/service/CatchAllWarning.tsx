import { CATCH_ALL_TEXT, catchAllReach, SENDER_PLUS_RECEIVER_NOTE } from '@/lib/ocn/permission-review'

/** The warning for FORWARD_ALL, FORWARD_ALL_SENDER and FORWARD_ALL_RECEIVER, worded for how far they really reach. */
export function CatchAllWarning({ permissions }: { permissions: readonly bigint[] }) {
  const reach = catchAllReach(permissions)
  if (!reach) return null
  const text = CATCH_ALL_TEXT[reach]
  const senderPlusReceiver = !permissions.includes(0n) && permissions.includes(1n) && permissions.includes(2n)
  return (
    <div role="note" data-testid="forward-all-warning" data-reach={reach} className="rounded-xl bg-red-50 p-4 text-sm text-red-900 ring-1 ring-red-200 dark:bg-red-950/40 dark:text-red-200 dark:ring-red-900">
      <p className="font-semibold">{text.headline}</p>
      <p className="mt-1">{text.detail}</p>
      {senderPlusReceiver && <p className="mt-1">{SENDER_PLUS_RECEIVER_NOTE}</p>}
    </div>
  )
}
