'use client'

import { useTranslations } from 'next-intl'
import { useState } from 'react'
import { Button } from '@/components/ui/Button'

type Copied = 'idle' | 'copied' | 'failed'

/** Copies a text to the clipboard and says whether it did (the clipboard can be refused: then select and copy by hand). */
export function CopyButton({ text, label, testId }: { text: string; label: string; testId?: string }) {
  const t = useTranslations()
  const [copied, setCopied] = useState<Copied>('idle')
  const copy = () =>
    navigator.clipboard.writeText(text).then(
      () => setCopied('copied'),
      () => setCopied('failed'),
    )
  return (
    <span className="inline-flex items-center gap-2">
      <Button variant="secondary" data-testid={testId} aria-label={label} onClick={() => void copy()}>
        {t('signing.copy.button')}
      </Button>
      <span role="status" className="text-xs text-slate-600 dark:text-slate-400">
        {copied === 'copied' ? t('signing.copy.copied') : copied === 'failed' ? t('signing.copy.refused') : ''}
      </span>
    </span>
  )
}
