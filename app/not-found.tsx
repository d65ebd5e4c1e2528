import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { NotFound } from '@/components/ui/NotFound'

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('layout.notFound'))('pageTitle') }
}

export default async function RootNotFound() {
  const [t, home] = await Promise.all([getTranslations('layout'), getTranslations('home')])
  return (
    <NotFound
      title={t('notFound.title')}
      links={[
        { href: '/', label: t('notFound.home') },
        { href: '/services', label: home('browse') },
        { href: '/registry', label: home('registry') },
      ]}
    >
      {t('notFound.text')}
    </NotFound>
  )
}
