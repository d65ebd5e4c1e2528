'use client'

import { useState } from 'react'
import type { Hex } from 'viem'
import { explorerTxUrl, type Network } from '@/lib/chain/networks'

/**
 * A transaction's hash, shortened: linked to the network's explorer when it has one, otherwise copyable in full
 * (so it can be looked up in the wallet or given to support).
 */
export function TxHash({ hash, network }: { hash: Hex; network: Network }) {
  const [copied, setCopied] = useState(false)
  const link = explorerTxUrl(network, hash)
  const short = `${hash.slice(0, 10)}…${hash.slice(-8)}`
  return (
    <p className="mt-1 font-mono text-xs text-slate-500" data-testid="tx-hash" data-hash={hash}>
      Transaction{' '}
      {link ? (
        <a href={link} target="_blank" rel="noopener noreferrer" className="text-indigo-700 underline dark:text-indigo-300">
          {short}
        </a>
      ) : (
        <>
          <span title={hash}>{short}</span>{' '}
          <button
            type="button"
            aria-label={`Copy transaction hash ${hash}`}
            className="rounded px-1 hover:bg-slate-200 dark:hover:bg-slate-800"
            // A refused clipboard (insecure context) leaves the full hash in the title.
            onClick={() => navigator.clipboard.writeText(hash).then(() => setCopied(true), () => undefined)}
          >
            {copied ? 'Copied' : 'Copy'}
          </button>
        </>
      )}
    </p>
  )
}
