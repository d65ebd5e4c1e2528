'use client'

import { useTranslations } from 'next-intl'
import { useState } from 'react'
import type { Address } from 'viem'
import { shortAddress } from '@/lib/format'

const ACTION = 'inline-flex min-h-6 items-center rounded px-1'

/**
 * An address, short or in full, with a copy button. A short one opens to the whole address on a click (never only
 * in a tooltip), and screen readers hear the whole address either way.
 */
export function AddressTag({ address, explorerUrl, full = false }: { address: Address; explorerUrl: string | null; full?: boolean }) {
  const t = useTranslations('ui.address')
  const [copied, setCopied] = useState(false)
  const [expanded, setExpanded] = useState(false)
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(address)
      setCopied(true)
      setTimeout(() => setCopied(false), 1_500)
    } catch {
      // Clipboard refused (insecure context or permission): the full address is one click away on the tag.
    }
  }
  const whole = full || expanded
  return (
    <span className="inline-flex flex-wrap items-center gap-1 font-mono text-xs text-slate-600 dark:text-slate-400">
      {full ? (
        <span data-address={address} className="break-all">
          {address}
        </span>
      ) : (
        <button
          type="button"
          data-address={address}
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
          className={`${ACTION} text-left ${whole ? 'break-all' : ''} hover:bg-slate-200 dark:hover:bg-slate-800`}
        >
          {whole ? address : shortAddress(address)}
          {!whole && <span className="sr-only">{` ${address}`}</span>}
          <span className="sr-only">{` (${expanded ? t('hide') : t('show')})`}</span>
        </button>
      )}
      <button
        type="button"
        onClick={copy}
        aria-label={t('copyLabel', { address })}
        className={`${ACTION} text-slate-600 hover:bg-slate-200 hover:text-slate-900 dark:text-slate-400 dark:hover:bg-slate-800 dark:hover:text-slate-100`}
      >
        {copied ? t('copied') : t('copy')}
      </button>
      {explorerUrl && (
        <a href={explorerUrl} target="_blank" rel="noopener noreferrer" className={`${ACTION} text-indigo-700 hover:underline dark:text-indigo-300`}>
          {t('explorer')}
        </a>
      )}
    </span>
  )
}
