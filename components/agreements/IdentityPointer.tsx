import { useTranslations } from 'next-intl'
import { AppLink } from '@/components/ui/AppLink'
import { EmptyState } from '@/components/ui/EmptyState'
import { LINK } from '@/components/ui/styles'

/** /agreements for an account with no party listed: agreements belong to a party, so the next step is to list one. */
export function IdentityPointer() {
  const t = useTranslations('agreements')
  return (
    <EmptyState
      title={t('noIdentityTitle')}
      text={t('noIdentityText')}
      action={
        <AppLink href="/identity" data-testid="identity-pointer" className={`inline-flex min-h-6 items-center font-medium ${LINK}`}>
          {t('noIdentityLink')}
        </AppLink>
      }
    />
  )
}
