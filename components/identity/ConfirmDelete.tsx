import { DESTRUCTIVE_BUTTON, SECONDARY_BUTTON } from './styles'

/** The last step of a deletion: sign it, or step back. */
export function ConfirmDelete({ label, busy, onConfirm, onCancel }: { label: string; busy: boolean; onConfirm: () => void; onCancel: () => void }) {
  return (
    <div className="flex flex-wrap gap-2">
      <button type="button" disabled={busy} onClick={onConfirm} className={DESTRUCTIVE_BUTTON}>
        {label}
      </button>
      <button type="button" disabled={busy} onClick={onCancel} className={SECONDARY_BUTTON}>
        Cancel
      </button>
    </div>
  )
}
