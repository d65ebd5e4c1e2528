'use client'

import { useTranslations } from 'next-intl'
import { useState } from 'react'
import type { Hex } from 'viem'
import { explorerTxUrl, type Network } from '@/lib/chain/networks'

/**
 * A transaction's hash, shortened: linked to the network's explorer when it has one, otherwise copyable in full
 * (so it can be looked up in the wallet or given to support).
 */
export function TxHash({ hash, network }: { hash: Hex; network: Network }) {
  const t = useTranslations()
  const [copied, setCopied] = useState(false)
  const link = explorerTxUrl(network, hash)
  const short = `${hash.slice(0, 10)}…${hash.slice(-8)}`
  return (
    <p className="mt-1 font-mono text-xs text-slate-500" data-testid="tx-hash" data-hash={hash}>
      {t('tx.hash.label')}{' '}
      {link ? (
        <a href={link} target="_blank" rel="noopener noreferrer" className="inline-block min-h-6 py-0.5 text-indigo-700 underline dark:text-indigo-300">
          <span aria-hidden="true">{short}</span>
          {/* The full hash for screen readers and for copying: not only in a tooltip. */}
          <span className="sr-only">{t('tx.hash.full', { hash })}</span>
        </a>
      ) : (
        <>
          <span aria-hidden="true">{short}</span>
          <span className="sr-only">{t('tx.hash.full', { hash })}</span>{' '}
          <button
            type="button"
            aria-label={t('tx.hash.copyLabel', { hash })}
            className="min-h-6 rounded px-1 hover:bg-slate-200 dark:hover:bg-slate-800"
            onClick={() => navigator.clipboard.writeText(hash).then(() => setCopied(true), () => undefined)}
          >
            {copied ? t('tx.hash.copied') : t('tx.hash.copy')}
          </button>
        </>
      )}
    </p>
  )
}
