'use client'

import { useTranslations } from 'next-intl'
import { type FormEvent, useState } from 'react'
import type { Address } from 'viem'
import type { Network } from '@/lib/chain/networks'
import { createReadContext } from '@/lib/chain/client'
import { useWriteAction } from '@/lib/hooks/useWriteAction'
import { useWriteReview } from '@/lib/hooks/useWriteReview'
import { deskRefusal } from '@/lib/owner/desk-reads'
import { cleanText } from '@/lib/ocn/untrusted'
import { confirmationMatches, reasonProblem, REASON_MAX_LENGTH } from '@/lib/owner/desk-form'
import { ownerActionKey } from '@/lib/tx/action-keys'
import type { WriteAction, WriteSummary } from '@/lib/writes/action'
import { StepList } from '@/components/tx/StepList'
import { WriteReview } from '@/components/tx/WriteReview'
import { Button } from '@/components/ui/Button'
import { TextField } from '@/components/ui/TextField'
import { CONTROL, NOTICE } from '@/components/ui/styles'

/** Long enough to tell entries apart in the picker; the label above the typed confirmation shows the whole. */
const OPTION_LENGTH = 80

/** One thing the owner can remove: what it is called (typed to confirm), and what checking it still exists needs. */
export type Removable<T> = { key: string; label: string; target: { party: Address } | { operator: Address }; value: T }

type Props<T> = {
  network: Network
  owner: Address
  kind: 'delete-party' | 'delete-node'
  testId: string
  heading: string
  /** "party", "node": how the form names what it removes. */
  noun: string
  items: readonly Removable<T>[]
  consequencesOf: (value: T) => Omit<WriteSummary, 'title'>
  actionOf: (value: T, reason: string) => WriteAction
  onDone: (message: string) => void
}

/**
 * A removal by the owner: pick, read what it does, type exactly what is removed and give a reason, then review
 * before the wallet opens. What was typed stays through a rejection or a failure.
 */
export function RemovalPanel<T>({ network, owner, kind, testId, heading, noun, items, consequencesOf, actionOf, onDone }: Props<T>) {
  const t = useTranslations()
  const writes = useWriteAction(network, ownerActionKey(kind, owner))
  const reviewing = useWriteReview()
  const [picked, setPicked] = useState('')
  const [typed, setTyped] = useState('')
  const [reason, setReason] = useState('')
  const [attempted, setAttempted] = useState(false)
  const item = items.find((candidate) => candidate.key === picked)
  const locked = writes.busy || reviewing.action !== null
  const mismatch = item && !confirmationMatches(typed, item.label) ? `Type ${item.label} exactly as shown, to confirm which ${noun} you remove.` : null
  const reasonError = reasonProblem(reason, t)
  const consequences = item ? consequencesOf(item.value) : null

  async function review(event: FormEvent) {
    event.preventDefault()
    setAttempted(true)
    if (!item || mismatch || reasonError) return
    await reviewing.open(async () => actionOf(item.value, reason))
  }

  async function sign(action: WriteAction) {
    if (!item) return
    const { label, target } = item
    const why = reason.trim()
    const check = async () => {
      const refusal = await deskRefusal(createReadContext(network), owner, target, t)
      return refusal ? { step: 0, message: refusal } : null
    }
    const outcome = await writes.run(action.steps, { check })
    reviewing.close()
    if (outcome !== 'confirmed') return
    onDone(`Removed the ${noun} ${label} from the Registry. Reason given: "${why}".`)
    setPicked('')
    setTyped('')
    setReason('')
    setAttempted(false)
  }

  return (
    <section data-testid={testId} aria-labelledby={`${testId}-title`} className="space-y-3 text-sm">
      <h3 id={`${testId}-title`} className="font-semibold">
        {heading}
      </h3>
      <form onSubmit={(e) => void review(e)} noValidate className="space-y-3">
        <fieldset disabled={locked} className="space-y-3">
          <label className="block">
            <span className="font-semibold">Which {noun}</span>
            <select
              className={`${CONTROL} mt-1 w-full`}
              value={picked}
              onChange={(e) => {
                setPicked(e.target.value)
                setTyped('')
              }}
            >
              <option value="">Choose a {noun}…</option>
              {items.map((candidate) => (
                <option key={candidate.key} value={candidate.key}>
                  {cleanText(candidate.label, OPTION_LENGTH).text}
                </option>
              ))}
            </select>
          </label>
          {attempted && !item && <p className="text-red-700 dark:text-red-400">Choose the {noun} to remove.</p>}
          {consequences && item && (
            <div data-testid={`${testId}-consequences`} className={NOTICE.warning}>
              <p className="font-semibold">What removing {item.label} does</p>
              <ul className="mt-1 list-disc space-y-1 pl-5 [overflow-wrap:anywhere]">
                {[...consequences.changes, ...consequences.dataFlow, ...consequences.notDone].map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </div>
          )}
          {item && (
            <>
              <TextField
                id={`${testId}-confirm`}
                label={`Type ${item.label} to confirm`}
                value={typed}
                onChange={setTyped}
                error={attempted && mismatch ? mismatch : undefined}
                mono
              />
              <TextField
                id={`${testId}-reason`}
                label="Reason"
                hint={`Required, up to ${REASON_MAX_LENGTH} characters. Shown in the review and the confirmation; the contract records none.`}
                value={reason}
                onChange={setReason}
                error={attempted && reasonError ? reasonError : undefined}
              />
              <Button variant="danger-outline" size="md" type="submit">
                Review the removal
              </Button>
            </>
          )}
        </fieldset>
      </form>
      <WriteReview review={reviewing} busy={writes.busy} onConfirm={(action) => void sign(action)} destructive confirmLabel={`Remove the ${noun} on chain`} />
      <StepList steps={writes.steps} network={network} />
    </section>
  )
}
