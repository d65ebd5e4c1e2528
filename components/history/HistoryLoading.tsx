import { useTranslations } from 'next-intl'
import { TEXT_MUTED } from '@/components/ui/styles'

/** Shown while the server asks the indexer (at most a few seconds): never an empty space. */
export function HistoryLoading() {
  const t = useTranslations('history')
  return <p className={`text-sm ${TEXT_MUTED}`}>{t('loading')}</p>
}
