'use client'

import { useTranslations } from 'next-intl'
import { useRouter } from 'next/navigation'
import { useTransition } from 'react'
import { Button } from './Button'

type Props = { onRetry?: () => void; retrying?: boolean; quiet?: boolean }

/** Retries a browser read when given `onRetry`; otherwise renders the page again on the server. */
export function RetryButton({ onRetry, retrying = false, quiet = false }: Props) {
  const t = useTranslations('common')
  const router = useRouter()
  const [pending, startTransition] = useTransition()
  const busy = pending || retrying
  const retry = () => (onRetry ? onRetry() : startTransition(() => router.refresh()))
  if (quiet) {
    return (
      <>
        {' '}
        <button type="button" disabled={busy} onClick={retry} className="min-h-6 underline disabled:opacity-60">
          {busy ? t('tryingAgain') : t('tryAgain')}
        </button>
      </>
    )
  }
  return (
    <Button variant="danger" disabled={busy} onClick={retry} className="mt-3">
      {busy ? t('tryingAgain') : t('tryAgain')}
    </Button>
  )
}
