'use client'

import { useEffect, useRef, useState } from 'react'
import { type Network, NETWORKS } from '@/lib/chain/networks'
import { type CustomNetworkFields, customNetwork, NETWORK_COOKIE, type NetworkChoice, serializeNetworkChoice } from '@/lib/chain/selection'
import { NetworkBadge } from './NetworkBadge'

const PRESETS = [NETWORKS.local, NETWORKS.volta, NETWORKS.ewc]
const FIELD = 'mt-1 w-full rounded-lg border border-slate-300 bg-white px-3 py-1.5 font-mono text-sm dark:border-slate-700 dark:bg-slate-900'

function emptyCustom(network: Network): CustomNetworkFields {
  return network.id === 'custom'
    ? { rpcUrl: network.rpcUrl, chainId: String(network.chainId), registry: network.registry, permissions: network.permissions, multicall3: network.multicall3 ?? '' }
    : { rpcUrl: '', chainId: '', registry: '', permissions: '', multicall3: '' }
}

/** Usable without a wallet, and even while the current network is down: it only writes a cookie. */
export function NetworkSwitcher({ network }: { network: Network }) {
  const dialog = useRef<HTMLDialogElement>(null)
  const [open, setOpen] = useState(false)
  const [selected, setSelected] = useState<NetworkChoice['id']>(network.id)
  const [custom, setCustom] = useState<CustomNetworkFields>(() => emptyCustom(network))
  const [error, setError] = useState<string | null>(null)
  const [pending, setPending] = useState(false)

  useEffect(() => {
    if (open) dialog.current?.showModal()
  }, [open])

  const apply = () => {
    let choice: NetworkChoice = { id: selected as Exclude<NetworkChoice['id'], 'custom'> }
    if (selected === 'custom') {
      const result = customNetwork(custom)
      if ('error' in result) return setError(result.error)
      choice = { id: 'custom', ...custom }
    }
    document.cookie = `${NETWORK_COOKIE}=${encodeURIComponent(serializeNetworkChoice(choice))}; path=/; max-age=31536000; samesite=lax`
    dialog.current?.close()
    setPending(true)
    // A new document, not a router refresh: the page's Content-Security-Policy lists the RPCs it may call, and
    // only a response rendered for the new network allows that network's RPC.
    window.location.reload()
  }

  const field = (key: keyof CustomNetworkFields, label: string, placeholder: string) => (
    <label className="block text-sm">
      {label}
      <input
        className={FIELD}
        value={custom[key] ?? ''}
        placeholder={placeholder}
        onChange={(e) => {
          setCustom({ ...custom, [key]: e.target.value.trim() })
          setError(null)
        }}
      />
    </label>
  )

  return (
    <>
      <button type="button" onClick={() => setOpen(true)} aria-label={`Network: ${network.name}. Change network`} className="rounded-full" aria-busy={pending}>
        <NetworkBadge network={network} />
      </button>
      {open && (
        <dialog
          ref={dialog}
          aria-labelledby="network-title"
          onClose={() => setOpen(false)}
          className="m-auto w-full max-w-md rounded-xl bg-white p-5 text-slate-900 shadow-xl backdrop:bg-slate-900/50 dark:bg-slate-900 dark:text-slate-100"
        >
          <h2 id="network-title" className="text-lg font-semibold">
            Choose a network
          </h2>
          <fieldset className="mt-3 space-y-2">
            <legend className="sr-only">Network</legend>
            {[...PRESETS.map((p) => ({ id: p.id, label: p.name, hint: p.kind === 'mainnet' ? 'production OCN' : p.kind === 'testnet' ? 'public test network' : 'demo data on this machine' })), { id: 'custom' as const, label: 'Custom RPC and contracts', hint: 'any chain running the OCN contracts' }].map((option) => (
              <label key={option.id} className="flex items-start gap-2 text-sm">
                <input type="radio" name="network" className="mt-1" checked={selected === option.id} onChange={() => setSelected(option.id)} />
                <span>
                  {option.label} <span className="text-slate-500">— {option.hint}</span>
                </span>
              </label>
            ))}
          </fieldset>
          {selected === 'custom' && (
            <div className="mt-3 space-y-2">
              {field('rpcUrl', 'RPC URL', 'https://…')}
              {field('chainId', 'Chain id', '73799')}
              {field('registry', 'Registry address', '0x…')}
              {field('permissions', 'Permissions address', '0x…')}
              {field('multicall3', 'Multicall3 address (optional)', '0xcA11bde05977b3631167028862bE2a173976CA11')}
            </div>
          )}
          {error && (
            <p role="alert" className="mt-3 text-sm text-red-700 dark:text-red-400">
              {error}
            </p>
          )}
          <div className="mt-4 flex justify-end gap-2">
            <button type="button" onClick={() => dialog.current?.close()} className="rounded-lg px-3 py-1.5 text-sm ring-1 ring-slate-300 dark:ring-slate-700">
              Cancel
            </button>
            <button type="button" onClick={apply} className="rounded-lg bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-500">
              Use this network
            </button>
          </div>
        </dialog>
      )}
    </>
  )
}
