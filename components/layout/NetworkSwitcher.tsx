'use client'

import { useTranslations } from 'next-intl'
import { useEffect, useState } from 'react'
import { createPortal } from 'react-dom'
import { type Network, NETWORKS } from '@/lib/chain/networks'
import {
  type CurrentSelection,
  type CustomNetworkFields,
  customNetwork,
  describeNetworkProblem,
  type NetworkChoice,
  networkCookie,
  publicPresets,
} from '@/lib/chain/selection'
import { Button } from '@/components/ui/Button'
import { Dialog } from '@/components/ui/Dialog'
import { DialogCancel } from '@/components/ui/DialogCancel'
import { ERROR_TEXT, INPUT, TEXT_MUTED } from '@/components/ui/styles'
import { NetworkBadge } from './NetworkBadge'
import { onOpenNetworkSwitcher } from './network-switcher-event'

type OptionId = 'deployment' | 'volta' | 'ewc' | 'custom'
/** `network`: what the option reads, said beside it (never only in a tooltip); none for a custom RPC still to be typed. */
type Option = { id: OptionId; label: string; hint: string; network: Network | null }

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

const FIELDS: { key: keyof CustomNetworkFields; placeholder: string }[] = [
  { key: 'rpcUrl', placeholder: 'https://…' },
  { key: 'chainId', placeholder: '73799' },
  { key: 'registry', placeholder: '0x…' },
  { key: 'permissions', placeholder: '0x…' },
  { key: 'multicall3', placeholder: '0xcA11bde05977b3631167028862bE2a173976CA11' },
]

/** Usable without a wallet, and even while the current network is down: it only writes a cookie. */
export function NetworkSwitcher({ selection }: { selection: CurrentSelection }) {
  const t = useTranslations('network')
  const translate = useTranslations()
  const { network, deployment, allowCustom } = selection
  const [open, setOpen] = useState(false)
  const [selected, setSelected] = useState<OptionId>(() => currentOption(selection))
  const [custom, setCustom] = useState<CustomNetworkFields>(() => initialFields(selection))
  const [error, setError] = useState<string | null>(null)
  const [applying, setApplying] = useState(false)
  // "Switch network" beside a read error opens this dialog.
  useEffect(() => onOpenNetworkSwitcher(() => setOpen(true)), [])

  /**
   * The deployment's own network first (choosing it forgets the cookie), the public presets the server may read,
   * and a custom RPC only where the operator allows it. "Local" is never a preset here: it is offered only as the
   * deployment's own network, because for anyone else it would mean someone else's machine.
   */
  const options: Option[] = [
    { id: 'deployment', label: deployment.name, hint: t('deploymentHint', { kind: deployment.kind }), network: deployment },
    ...publicPresets(deployment).map((id) => ({ id, label: NETWORKS[id].name, hint: t('hint', { kind: NETWORKS[id].kind }), network: NETWORKS[id] })),
    ...(allowCustom ? [{ id: 'custom' as const, label: t('customLabel'), hint: t('customHint'), network: null }] : []),
  ]

  const apply = () => {
    let choice: NetworkChoice | null = null
    if (selected === 'custom') {
      const result = customNetwork(custom)
      if ('error' in result) return setError(describeNetworkProblem(result.error, translate))
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

  return (
    <>
      <button
        type="button"
        data-testid="network-switcher"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        aria-busy={applying}
        className="inline-flex min-h-6 items-center gap-1.5 rounded-full text-sm whitespace-nowrap"
      >
        {t.rich('switcher', { badge: () => <NetworkBadge network={network} withKind={false} /> })}
        {/* The sign that it opens something. */}
        <svg aria-hidden="true" viewBox="0 0 12 12" className="size-3" fill="currentColor">
          <path d="M2 4l4 4 4-4z" />
        </svg>
        <span className="sr-only">{`, ${t('change')}`}</span>
      </button>
      {open &&
        // Outside the header: on a phone the switcher may sit in a closed menu, and the dialog must still show.
        createPortal(
          <Dialog
            titleId="network-title"
            title={t('dialogTitle')}
            onClose={() => setOpen(false)}
            footer={
              <>
                <DialogCancel />
                <Button disabled={applying} onClick={apply}>
                  {applying ? t('applying') : t('apply')}
                </Button>
              </>
            }
          >
            <p className={`mt-1 text-sm ${TEXT_MUTED} [overflow-wrap:anywhere]`} data-testid="network-current">
              {t('current', { name: network.name, kind: network.kind, chainId: String(network.chainId), rpcUrl: network.rpcUrl })}
            </p>
            <fieldset className="mt-3 space-y-2">
              <legend className="sr-only">{t('legend')}</legend>
              {options.map((option) => (
                <label key={option.id} className="flex min-h-6 items-start gap-2 text-sm">
                  <input type="radio" name="network" className="mt-1 size-4" checked={selected === option.id} onChange={() => setSelected(option.id)} />
                  <span>
                    {option.label} <span className={TEXT_MUTED}>— {option.hint}</span>
                    {option.network && (
                      <span className={`block text-xs ${TEXT_MUTED} [overflow-wrap:anywhere]`}>
                        {t('presetDetails', { chainId: String(option.network.chainId), rpcUrl: option.network.rpcUrl })}
                      </span>
                    )}
                  </span>
                </label>
              ))}
            </fieldset>
            {selected === 'custom' && (
              <div className="mt-3 space-y-2">
                <p className={`text-xs ${TEXT_MUTED}`}>{t('customNote')}</p>
                {FIELDS.map(({ key, placeholder }) => (
                  <label key={key} className="block text-sm">
                    {t(`fields.${key}`)}
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
                ))}
              </div>
            )}
            {error && (
              <p role="alert" className={`mt-3 text-sm ${ERROR_TEXT}`}>
                {error}
              </p>
            )}
          </Dialog>,
          document.body,
        )}
    </>
  )
}
