import { useTranslations } from 'next-intl'
import { AppLink } from '@/components/ui/AppLink'
import { INLINE_LINK } from '@/components/ui/styles'
import { RELAY_PATH } from '@/lib/signing/types'

/** Where a page that makes writes points whoever submits writes that someone else signed. */
export function RelayLink({ lead }: { lead: string }) {
  const t = useTranslations('relay')
  return (
    <p className="text-sm">
      {lead}{' '}
      <AppLink href={RELAY_PATH} className={INLINE_LINK} data-testid="relay-link">
        {t('link')}
      </AppLink>
    </p>
  )
}
