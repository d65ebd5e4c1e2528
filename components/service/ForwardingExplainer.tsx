import { useTranslations } from 'next-intl'
import type { ReactNode } from 'react'
import { TEXT_BODY } from '@/components/ui/styles'

export function ForwardingExplainer() {
  const t = useTranslations('service.explainer')
  const tags = {
    em: (chunks: ReactNode) => <em>{chunks}</em>,
    strong: (chunks: ReactNode) => <strong>{chunks}</strong>,
    code: (chunks: ReactNode) => <code>{chunks}</code>,
  }
  return (
    <details className="rounded-xl bg-white p-4 text-sm ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800">
      <summary className="cursor-pointer font-medium">{t('summary')}</summary>
      <ul className={`mt-2 list-disc space-y-1 pl-5 ${TEXT_BODY}`}>
        <li>{t.rich('requests', tags)}</li>
        <li>{t.rich('own', tags)}</li>
        <li>{t.rich('interfaces', tags)}</li>
        <li>{t('never')}</li>
      </ul>
    </details>
  )
}
