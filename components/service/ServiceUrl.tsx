import { useTranslations } from 'next-intl'
import { ExternalUrl } from '@/components/ui/ExternalUrl'
import { TEXT_MUTED } from '@/components/ui/styles'

/**
 * The service's on-chain URL, called what the official CLI calls it: a public page with more about the service.
 * It receives nothing: ocn-node forwards copies to the provider's OCPI party through the provider's node.
 */
export function ServiceUrl({ url, max = 60, compact = false }: { url: string; max?: number; compact?: boolean }) {
  const t = useTranslations('service.url')
  return (
    <div className="text-sm" data-testid="service-url">
      <span className={TEXT_MUTED}>{t('label')} </span>
      <ExternalUrl url={url} max={max} />
      <p className={compact ? 'text-xs text-slate-600 dark:text-slate-400' : `mt-0.5 ${TEXT_MUTED}`}>
        {t('explanation')}
      </p>
    </div>
  )
}
