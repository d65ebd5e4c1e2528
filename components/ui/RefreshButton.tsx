'use client'

import { useTranslations } from 'next-intl'

export function RefreshButton({ refreshing, failed, onRefresh }: { refreshing: boolean; failed: boolean; onRefresh: () => void }) {
  const t = useTranslations('common')
  return (
    <span className="flex items-center gap-2 text-sm">
      {failed && !refreshing && (
        <span role="alert" className="text-red-700 dark:text-red-400">
          {t('refreshFailed')}
        </span>
      )}
      <button
        type="button"
        onClick={onRefresh}
        disabled={refreshing}
        className="min-h-8 rounded-lg px-2.5 py-1 ring-1 ring-slate-300 hover:bg-white disabled:opacity-60 dark:ring-slate-700 dark:hover:bg-slate-900"
      >
        {refreshing ? t('refreshing') : t('refresh')}
      </button>
    </span>
  )
}
