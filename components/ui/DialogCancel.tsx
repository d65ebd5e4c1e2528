import { Button } from './Button'

/** Closes the dialog it sits in, with no script of its own. */
export function DialogCancel({ label = 'Cancel', disabled }: { label?: string; disabled?: boolean }) {
  return (
    <form method="dialog" className="contents">
      <Button type="submit" variant="secondary" disabled={disabled}>
        {label}
      </Button>
    </form>
  )
}
