'use client'

import { useEffect, useRef, useState } from 'react'
import { type Network, NETWORKS } from '@/lib/chain/networks'
import { type CurrentSelection, type CustomNetworkFields, customNetwork, type NetworkChoice, networkCookie, publicPresets } from '@/lib/chain/selection'
import { NetworkBadge } from './NetworkBadge'

const FIELD = 'mt-1 w-full rounded-lg border border-slate-300 bg-white px-3 py-1.5 font-mono text-sm dark:border-slate-700 dark:bg-slate-900'

type OptionId = 'deployment' | 'volta' | 'ewc' | 'custom'
type Option = { id: OptionId; label: string; hint: string }

const HINT: Record<Network['kind'], string> = { mainnet: 'production OCN', testnet: 'public test network', local: 'demo data on this machine' }

/**
 * The deployment's own network first (choosing it forgets the cookie), the public presets the server may read,
 * and a custom RPC only where the operator allows it. "Local" is never a preset here: it is offered only as the
 * deployment's own network, because for anyone else it would mean someone else's machine.
 */
function optionsFor({ deployment, allowCustom }: CurrentSelection): Option[] {
  const presets = publicPresets(deployment).map((id) => ({ id, label: NETWORKS[id].name, hint: HINT[NETWORKS[id].kind] }))
  const custom: Option[] = allowCustom ? [{ id: 'custom', label: 'Custom RPC and contracts', hint: 'read by your browser only, never by this server' }] : []
  return [{ id: 'deployment', label: deployment.name, hint: `${HINT[deployment.kind]}, this site's network` }, ...presets, ...custom]
}

function currentOption({ network, deployment, reader }: CurrentSelection): OptionId {
  if (reader === 'browser') return 'custom'
  // On the server's side, anything but the deployment's network is one of the public presets.
  return (network.id === 'volta' || network.id === 'ewc') && network.id !== deployment.id ? network.id : 'deployment'
}

function initialFields(selection: CurrentSelection): CustomNetworkFields {
  const { network, reader } = selection
  return reader === 'browser'
    ? { rpcUrl: network.rpcUrl, chainId: String(network.chainId), registry: network.registry, permissions: network.permissions, multicall3: network.multicall3 ?? '' }
    : { rpcUrl: '', chainId: '', registry: '', permissions: '', multicall3: '' }
}

/** Usable without a wallet, and even while the current network is down: it only writes a cookie. */
export function NetworkSwitcher({ selection }: { selection: CurrentSelection }) {
  const { network } = selection
  const dialog = useRef<HTMLDialogElement>(null)
  const [open, setOpen] = useState(false)
  const [selected, setSelected] = useState<OptionId>(() => currentOption(selection))
  const [custom, setCustom] = useState<CustomNetworkFields>(() => initialFields(selection))
  const [error, setError] = useState<string | null>(null)
  const [applying, setApplying] = useState(false)

  useEffect(() => {
    if (open) dialog.current?.showModal()
  }, [open])

  const apply = () => {
    let choice: NetworkChoice | null = null
    if (selected === 'custom') {
      const result = customNetwork(custom)
      if ('error' in result) return setError(result.error)
      choice = { id: 'custom', ...custom }
    } else if (selected !== 'deployment') {
      choice = { id: selected }
    }
    document.cookie = networkCookie(choice)
    setApplying(true)
    // A full document load, not a client refresh: each response carries a security policy naming the RPC
    // the page may talk to, so a new network needs a new document.
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
      <button type="button" onClick={() => setOpen(true)} aria-label={`Network: ${network.name}. Change network`} className="rounded-full" aria-busy={applying}>
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
            {optionsFor(selection).map((option) => (
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
              <p className="text-xs text-slate-600 dark:text-slate-400">
                Your browser reads this RPC directly; this site&apos;s server never contacts it.
              </p>
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
            <button type="button" disabled={applying} onClick={apply} className="rounded-lg bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-500 disabled:opacity-60">
              {applying ? 'Switching…' : 'Use this network'}
            </button>
          </div>
        </dialog>
      )}
    </>
  )
}
