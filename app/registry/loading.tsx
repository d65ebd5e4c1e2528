import { useTranslations } from 'next-intl'
import { PageHeader } from '@/components/ui/PageHeader'
import { RegistrySkeleton } from '@/components/registry/RegistrySkeleton'

export default function Loading() {
  const t = useTranslations('registry')
  return (
    <div className="space-y-8">
      <PageHeader title={t('title')} />
      <RegistrySkeleton />
    </div>
  )
}
