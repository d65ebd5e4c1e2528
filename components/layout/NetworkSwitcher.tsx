'use client'

import { useState } from 'react'
import { type Network, NETWORKS } from '@/lib/chain/networks'
import { type CurrentSelection, type CustomNetworkFields, customNetwork, type NetworkChoice, networkCookie, publicPresets } from '@/lib/chain/selection'
import { Button } from '@/components/ui/Button'
import { Dialog } from '@/components/ui/Dialog'
import { DialogCancel } from '@/components/ui/DialogCancel'
import { ERROR_TEXT, INPUT, TEXT_MUTED } from '@/components/ui/styles'
import { NetworkBadge } from './NetworkBadge'

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
  const [open, setOpen] = useState(false)
  const [selected, setSelected] = useState<OptionId>(() => currentOption(selection))
  const [custom, setCustom] = useState<CustomNetworkFields>(() => initialFields(selection))
  const [error, setError] = useState<string | null>(null)
  const [applying, setApplying] = useState(false)

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
        className={`${INPUT} font-mono`}
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
        <Dialog
          titleId="network-title"
          title="Choose a network"
          onClose={() => setOpen(false)}
          footer={
            <>
              <DialogCancel />
              <Button disabled={applying} onClick={apply}>
                {applying ? 'Switching…' : 'Use this network'}
              </Button>
            </>
          }
        >
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
              <p className={`text-xs ${TEXT_MUTED}`}>
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
            <p role="alert" className={`mt-3 text-sm ${ERROR_TEXT}`}>
              {error}
            </p>
          )}
        </Dialog>
      )}
    </>
  )
}
