import { useTranslations } from 'next-intl'
import { NotFound } from '@/components/ui/NotFound'

/** No listed party for an id: the 404 page on the server, and the same words after a browser read. */
export function PartyNotFound() {
  const t = useTranslations('party')
  return (
    <NotFound title={t('notFoundTitle')} links={[{ href: '/registry', label: t('browseRegistry') }]}>
      {t('notFoundText')}
    </NotFound>
  )
}
