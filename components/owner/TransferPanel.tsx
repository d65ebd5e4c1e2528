'use client'

import { useTranslations } from 'next-intl'
import { type FormEvent, useState } from 'react'
import type { Address } from 'viem'
import type { Network } from '@/lib/chain/networks'
import { createReadContext } from '@/lib/chain/client'
import { useWriteAction } from '@/lib/hooks/useWriteAction'
import { useWriteReview } from '@/lib/hooks/useWriteReview'
import { checkNewOwner, newOwnerWarnings } from '@/lib/owner/desk-form'
import { deskRefusal, readNewOwnerFacts } from '@/lib/owner/desk-reads'
import { ownerActionKey } from '@/lib/tx/action-keys'
import type { WriteAction } from '@/lib/writes/action'
import { transferOwnershipAction } from '@/lib/writes/admin-transfer'
import { StepList } from '@/components/tx/StepList'
import { WriteReview } from '@/components/tx/WriteReview'
import { Button } from '@/components/ui/Button'
import { TextField } from '@/components/ui/TextField'
import { NOTICE } from '@/components/ui/styles'

type Props = { network: Network; owner: Address; onDone: (message: string) => void }

/**
 * Hand the Registry over (transferOwnership): the new owner typed twice, what the chain says of it, and the one
 * consequence that matters most: this account loses the desk at once.
 */
export function TransferPanel({ network, owner, onDone }: Props) {
  const t = useTranslations()
  const writes = useWriteAction(network, ownerActionKey('transfer', owner))
  const reviewing = useWriteReview()
  const [first, setFirst] = useState('')
  const [second, setSecond] = useState('')
  const [understood, setUnderstood] = useState(false)
  const [attempted, setAttempted] = useState(false)
  const check = checkNewOwner(first, second, owner, t)
  const errorOf = (field: 'first' | 'second') => (attempted && !check.ok && check.field === field ? check.message : undefined)
  const locked = writes.busy || reviewing.action !== null

  async function review(event: FormEvent) {
    event.preventDefault()
    setAttempted(true)
    if (!check.ok || !understood) return
    const { address } = check
    // The warnings are read when the owner asks for the review, so they describe the address as it is now.
    await reviewing.open(async () => transferOwnershipAction(network, owner, address, newOwnerWarnings(await readNewOwnerFacts(createReadContext(network), address), t), t))
  }

  async function sign(action: WriteAction) {
    if (!check.ok) return
    const { address } = check
    const stillOwner = async () => {
      const refusal = await deskRefusal(createReadContext(network), owner, null, t)
      return refusal ? { step: 0, message: refusal } : null
    }
    const outcome = await writes.run(action.steps, { check: stillOwner })
    reviewing.close()
    if (outcome === 'confirmed') onDone(`The Registry now belongs to ${address}. This account no longer owns it.`)
  }

  return (
    <section data-testid="owner-transfer" aria-labelledby="owner-transfer-title" className="space-y-3 text-sm">
      <h3 id="owner-transfer-title" className="font-semibold">
        Hand the Registry over
      </h3>
      <p className={NOTICE.warning}>
        The new owner takes over at once and you lose this desk: only the new owner can remove listings or hand the Registry back.
        Renouncing ownership is not offered: a Registry without an owner could never have a listing removed again.
      </p>
      <form onSubmit={(e) => void review(e)} noValidate className="space-y-3">
        <fieldset disabled={locked} className="space-y-3">
          <TextField id="owner-transfer-first" label="New owner's address" value={first} onChange={setFirst} error={errorOf('first')} placeholder="0x…" mono />
          <TextField id="owner-transfer-second" label="The new owner's address, again" value={second} onChange={setSecond} error={errorOf('second')} placeholder="0x…" mono />
          {check.ok && (
            <p className="text-slate-600 dark:text-slate-400">
              New owner: <span className="font-mono">{check.address}</span>
            </p>
          )}
          <label className="flex items-start gap-2">
            <input type="checkbox" className="mt-0.5" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} />
            <span>I understand that this account loses the owner&apos;s desk as soon as the transfer is confirmed.</span>
          </label>
          {attempted && !understood && <p className="text-red-700 dark:text-red-400">Tick the box above to go on.</p>}
          <Button variant="danger-outline" size="md" type="submit">
            Review the transfer
          </Button>
        </fieldset>
      </form>
      <WriteReview review={reviewing} busy={writes.busy} onConfirm={(action) => void sign(action)} destructive confirmLabel="Hand the Registry over on chain" />
      <StepList steps={writes.steps} network={network} />
    </section>
  )
}
