'use client'

import { useState } from 'react'
import type { Address } from 'viem'
import { shortAddress } from '@/lib/format'

/** An address, short (the whole of it in the title) or in full, with a copy button. */
export function AddressTag({ address, explorerUrl, full = false }: { address: Address; explorerUrl: string | null; full?: boolean }) {
  const [copied, setCopied] = useState(false)
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(address)
      setCopied(true)
      setTimeout(() => setCopied(false), 1_500)
    } catch {
      // Clipboard refused (insecure context or permission): the full address is still in the title.
    }
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-1 font-mono text-xs text-slate-600 dark:text-slate-400">
      <span title={address} data-address={address} className={full ? 'break-all' : undefined}>
        {full ? address : shortAddress(address)}
      </span>
      <button
        type="button"
        onClick={copy}
        aria-label={`Copy address ${address}`}
        className="rounded px-1 text-slate-500 hover:bg-slate-200 hover:text-slate-900 dark:hover:bg-slate-800 dark:hover:text-slate-100"
      >
        {copied ? 'Copied' : 'Copy'}
      </button>
      {explorerUrl && (
        <a href={explorerUrl} target="_blank" rel="noopener noreferrer" className="rounded px-1 text-indigo-700 hover:underline dark:text-indigo-300">
          Explorer
        </a>
      )}
    </span>
  )
}
