import { useTranslations } from 'next-intl'
import { NotFound } from '@/components/ui/NotFound'

/** No live service at an address: the 404 page on the server, and the same words after a browser read. */
export function ServiceNotFound() {
  const t = useTranslations('service.notFound')
  return (
    <NotFound title={t('title')} links={[{ href: '/services', label: t('browse') }]}>
      {t('body')}
    </NotFound>
  )
}
