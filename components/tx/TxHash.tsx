import type { Hex } from 'viem'
import { explorerTxUrl, type Network } from '@/lib/chain/networks'

/** A transaction's hash, shortened, linked to the network's explorer when it has one. */
export function TxHash({ hash, network }: { hash: Hex; network: Network }) {
  const link = explorerTxUrl(network, hash)
  const short = `${hash.slice(0, 10)}…${hash.slice(-8)}`
  return (
    <p className="mt-1 font-mono text-xs text-slate-500">
      Transaction{' '}
      {link ? (
        <a href={link} target="_blank" rel="noopener noreferrer" className="text-indigo-700 underline dark:text-indigo-300">
          {short}
        </a>
      ) : (
        <span title={hash}>{short}</span>
      )}
    </p>
  )
}
