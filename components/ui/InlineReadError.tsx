'use client'

import { useTranslations } from 'next-intl'
import { ErrorDisplay } from './ErrorDisplay'

/** A browser-side read that failed: what could not be read, and a retry. */
export function InlineReadError({ what, onRetry }: { what: string; onRetry: () => void }) {
  const t = useTranslations('ui')
  return <ErrorDisplay message={t('readError', { what })} onRetry={onRetry} unreachable />
}
