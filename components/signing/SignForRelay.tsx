'use client'

import { useTranslations } from 'next-intl'
import { type ComponentType, useState } from 'react'
import type { Address } from 'viem'
import type { Network } from '@/lib/chain/networks'
import { rawCallsOf } from '@/lib/signing/from-steps'
import { SIGNING_TEST_IDS } from '@/lib/signing/types'
import type { Step } from '@/lib/tx/steps'
import { Button } from '@/components/ui/Button'
import { ERROR_TEXT } from '@/components/ui/styles'
import type { RelaySigningPanelProps } from './RelaySigningPanel'

type Props = {
  network: Network
  /** The reviewed action's transactions: offered only when every one has a raw twin. */
  steps: readonly Step[]
  /** The account the review is for: the only one whose key may sign it. */
  account: Address | undefined
  /** What the review requires before its own confirm button (a box to tick, a write under way) holds here too. */
  disabled?: boolean
}

/**
 * The review's second way out: instead of sending the transaction, the key holder signs it for someone else to
 * submit and pay for. The panel (facts, wallet prompt, the signed request) loads only when asked for.
 */
export function SignForRelay({ network, steps, account, disabled = false }: Props) {
  const t = useTranslations()
  const [Panel, setPanel] = useState<ComponentType<RelaySigningPanelProps> | null>(null)
  const [open, setOpen] = useState(false)
  const [loadError, setLoadError] = useState<string | null>(null)
  const calls = account ? rawCallsOf(steps, account) : null
  if (!account || !calls) return null

  const toggle = () => {
    setLoadError(null)
    if (open) return setOpen(false)
    setOpen(true)
    if (Panel) return
    import('./RelaySigningPanel')
      .then((module) => setPanel(() => module.RelaySigningPanel))
      .catch(() => {
        setOpen(false)
        setLoadError(t('signing.start.notLoaded'))
      })
  }

  return (
    <div className="space-y-2">
      <Button variant="secondary" data-testid={SIGNING_TEST_IDS.start} aria-expanded={open} disabled={disabled} onClick={toggle}>
        {t('signing.start.button')}
      </Button>
      {loadError && (
        <p role="alert" className={`text-sm ${ERROR_TEXT}`}>
          {loadError}
        </p>
      )}
      {open && !Panel && <p className="text-sm text-slate-500">{t('signing.start.loading')}</p>}
      {/* Keyed by who signs what: a review that now stands for another account or other calls starts the panel over. */}
      {open && Panel && <Panel key={`${account}:${JSON.stringify(calls)}`} network={network} account={account} calls={calls} />}
    </div>
  )
}
