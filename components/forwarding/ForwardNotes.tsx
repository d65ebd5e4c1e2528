import { useTranslations } from 'next-intl'
import { TEXT_MUTED } from '@/components/ui/styles'

/** What the chain cannot show and the preview therefore assumes, stated under every preview. */
export function ForwardNotes() {
  const t = useTranslations('forwarding.notes')
  return (
    <ul className={`list-disc space-y-1 pl-5 text-xs ${TEXT_MUTED}`} data-testid="forward-notes">
      <li>{t.rich('serviceInterface', { code: (chunks) => <code>{chunks}</code> })}</li>
      <li>{t('ownRequests')}</li>
      <li>{t('computed')}</li>
    </ul>
  )
}
