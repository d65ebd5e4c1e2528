import { useTranslations } from 'next-intl'
import { Button } from './Button'

/** Closes the dialog it sits in, with no script of its own; the browser then returns focus to what opened it. */
export function DialogCancel({ label, disabled }: { label?: string; disabled?: boolean }) {
  const t = useTranslations('common')
  return (
    <form method="dialog" className="contents">
      <Button type="submit" variant="secondary" disabled={disabled}>
        {label ?? t('cancel')}
      </Button>
    </form>
  )
}
