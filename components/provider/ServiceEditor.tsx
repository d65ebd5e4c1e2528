'use client'

import { useState } from 'react'
import type { Address } from 'viem'
import type { Network } from '@/lib/chain/networks'
import { useDraft } from '@/lib/hooks/useDraft'
import { useWriteAction } from '@/lib/hooks/useWriteAction'
import { listingActionKey } from '@/lib/tx/action-keys'
import type { Identity } from '@/lib/ocn/reads'
import {
  draftFromService,
  hasChanges,
  isValid,
  normalizeDraft,
  previewService,
  validateServiceDraft,
} from '@/lib/provider/service-form'
import { ServiceCard } from '@/components/catalog/ServiceCard'
import { PermissionList } from '@/components/service/PermissionList'
import { StepList } from '@/components/tx/StepList'
import { TextField } from '@/components/ui/TextField'
import { PermissionPicker } from './PermissionPicker'
import { ServiceDiff } from './ServiceDiff'

type Props = { network: Network; account: Address; identity: Identity }

/** Publish or edit the account's service; what is typed is kept until the chain confirms it. */
export function ServiceEditor({ network, account, identity }: Props) {
  const current = identity.service
  const { draft, update, discard, loaded } = useDraft(`service:${network.chainId}:${account}`, draftFromService(current))
  const sequence = useWriteAction(network, listingActionKey('publish', account))
  const [submitted, setSubmitted] = useState(false)
  const [reviewing, setReviewing] = useState(false)
  const errors = validateServiceDraft(draft)
  const shownErrors = submitted ? errors : {}
  const changed = !current || hasChanges(current, draft)
  const preview = previewService(draft, account, identity.party)

  const sign = async () => {
    const next = normalizeDraft(draft)
    const outcome = await sequence.run(() =>
      import('@/lib/ocn/writes').then(({ setServiceRequest }) => [
        { label: current ? 'Update the service listing' : 'Publish the service', request: setServiceRequest(network, next), key: `service:${account}` },
      ]),
    )
    if (outcome === 'confirmed') {
      discard(next)
      setReviewing(false)
      setSubmitted(false)
    }
  }

  const submit = () => {
    setSubmitted(true)
    if (!isValid(errors) || !changed) return
    if (current) setReviewing(true)
    else void sign()
  }

  return (
    <div className="grid gap-8 lg:grid-cols-2">
      <form
        aria-label={current ? 'Edit your service' : 'Publish a service'}
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault()
          submit()
        }}
      >
        <TextField id="service-name" label="Service name" value={draft.name} disabled={!loaded} error={shownErrors.name} onChange={(name) => update({ ...draft, name })} />
        <TextField
          id="service-url"
          label="Service URL"
          mono
          value={draft.url}
          placeholder="https://billing.example.com/ocn"
          disabled={!loaded}
          error={shownErrors.url}
          onChange={(url) => update({ ...draft, url })}
        />
        <PermissionPicker value={draft.permissions} onChange={(permissions) => update({ ...draft, permissions })} error={shownErrors.permissions} />

        {reviewing && current ? (
          <section aria-labelledby="changes-title" className="space-y-3 rounded-xl p-4 ring-1 ring-amber-300 dark:ring-amber-800">
            <h3 id="changes-title" className="font-semibold">
              Review your changes
            </h3>
            <ServiceDiff current={current} draft={draft} />
            <div className="flex gap-2">
              <button type="button" disabled={sequence.busy} onClick={() => void sign()} className="rounded-lg bg-indigo-600 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-500 disabled:opacity-60">
                Sign the update
              </button>
              <button type="button" disabled={sequence.busy} onClick={() => setReviewing(false)} className="rounded-lg px-3 py-2 text-sm ring-1 ring-slate-300 dark:ring-slate-700">
                Keep editing
              </button>
            </div>
          </section>
        ) : (
          <button type="submit" disabled={sequence.busy || !loaded} className="rounded-lg bg-indigo-600 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-500 disabled:opacity-60">
            {current ? 'Review changes' : 'Publish service'}
          </button>
        )}
        {submitted && current && !changed && <p className="text-sm text-slate-600 dark:text-slate-400">Nothing to update: the listing already says this.</p>}
        <StepList steps={sequence.steps} network={network} />
      </form>

      <section aria-labelledby="preview-title" className="space-y-3">
        <h3 id="preview-title" className="font-semibold">
          Preview: what parties will see
        </h3>
        <div data-testid="service-preview" className="space-y-3">
          <ServiceCard service={preview} network={network} />
          <PermissionList permissions={preview.permissions} />
        </div>
      </section>
    </div>
  )
}
