'use client'

import { useTranslations } from 'next-intl'
import { type Ref, useImperativeHandle, useState } from 'react'
import type { Address } from 'viem'
import type { Network } from '@/lib/chain/networks'
import { useDraft } from '@/lib/hooks/useDraft'
import { useWriteAction } from '@/lib/hooks/useWriteAction'
import { listingActionKey } from '@/lib/tx/action-keys'
import { useWriteReview } from '@/lib/hooks/useWriteReview'
import type { Identity } from '@/lib/ocn/reads'
import {
  draftFromService,
  hasChanges,
  isValid,
  normalizeDraft,
  previewService,
  serviceDraftKey,
  validateServiceDraft,
} from '@/lib/provider/service-form'
import type { WriteAction } from '@/lib/writes/action'
import { ServiceCard } from '@/components/catalog/ServiceCard'
import { PermissionList } from '@/components/service/PermissionList'
import { StepList } from '@/components/tx/StepList'
import { WriteReview } from '@/components/tx/WriteReview'
import { AppLink } from '@/components/ui/AppLink'
import { TextField } from '@/components/ui/TextField'
import { PermissionPicker } from './PermissionPicker'
import { ServiceDiff } from './ServiceDiff'
import { GuardedAction } from '@/components/ui/GuardedAction'
import { useWriteGuard } from '@/lib/hooks/useWriteGuard'

/** What the console's other parts may do to this form: the manifest editor hands over its URL. */
export type ServiceEditorHandle = { takeUrl: (url: string) => boolean }

type Props = { network: Network; account: Address; identity: Identity; ref?: Ref<ServiceEditorHandle> }

// The actions (contract calls as data) load when the user reviews, not with the editor.
const loadPublish = () => import('@/lib/writes/publish-listing')
const loadEdit = () => import('@/lib/writes/edit-listing')

/** Publish or edit the account's service; what is typed is kept until the chain confirms it. */
export function ServiceEditor({ network, account, identity, ref }: Props) {
  const t = useTranslations()
  const current = identity.service
  const { draft, update, discard, loaded } = useDraft(serviceDraftKey(network.chainId, account), draftFromService(current))
  const sequence = useWriteAction(network, listingActionKey('publish', account))
  const reviewing = useWriteReview()
  const [submitted, setSubmitted] = useState(false)
  const [published, setPublished] = useState(false)
  const errors = validateServiceDraft(draft)
  const shownErrors = submitted ? errors : {}
  const changed = !current || hasChanges(current, draft)
  const guard = useWriteGuard(network, current ? 'edit-listing' : 'publish-listing', { party: identity.party, listed: !!current, unchanged: !changed })
  const preview = previewService(draft, account, identity.party)
  // What was typed stays as reviewed until the review is signed or left.
  const locked = !loaded || sequence.busy || reviewing.action !== null

  // Only the URL changes: the name and permissions typed so far stay. Refused while the form is locked.
  useImperativeHandle(ref, () => ({
    takeUrl: (url) => {
      if (locked) return false
      update({ ...draft, url })
      document.getElementById('service-url')?.focus()
      return true
    },
  }))

  const submit = () => {
    setSubmitted(true)
    const party = identity.party
    if (!isValid(errors) || !changed || !party) return
    setPublished(false)
    void reviewing.open(() =>
      current
        ? loadEdit().then(({ editListingAction }) => editListingAction(network, account, current, draft, party, t))
        : loadPublish().then(({ publishListingAction }) => publishListingAction(network, account, draft, party, t)),
    )
  }

  const sign = async (action: WriteAction) => {
    const next = normalizeDraft(draft)
    const outcome = await sequence.run(action.steps)
    reviewing.close()
    if (outcome !== 'confirmed') return
    discard(next)
    setSubmitted(false)
    setPublished(true)
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
        <fieldset disabled={locked} className="space-y-4">
          <TextField id="service-name" label="Service name" value={draft.name} error={shownErrors.name} onChange={(name) => update({ ...draft, name })} />
          <TextField
            id="service-url"
            label="Service URL"
            mono
            value={draft.url}
            placeholder="https://billing.example.com/ocn"
            error={shownErrors.url}
            onChange={(url) => update({ ...draft, url })}
          />
          <PermissionPicker value={draft.permissions} onChange={(permissions) => update({ ...draft, permissions })} error={shownErrors.permissions} />
        </fieldset>

        {!reviewing.action && (
          <GuardedAction guard={guard} label={current ? 'Review changes' : 'Publish service'} submit disabled={locked} blocked="disable" />
        )}
        <WriteReview
          network={network}
          account={account}
          review={reviewing}
          busy={sequence.busy}
          onConfirm={(action) => void sign(action)}
          confirmLabel={current ? 'Sign the update' : 'Sign and publish'}
          cancelLabel="Keep editing"
        >
          {current && <ServiceDiff current={current} draft={draft} />}
        </WriteReview>
        <StepList steps={sequence.steps} network={network} />
        {published && current && (
          <p role="status" data-testid="service-published" className="rounded-xl bg-emerald-50 p-4 text-sm text-emerald-900 dark:bg-emerald-950/40 dark:text-emerald-200">
            Your listing is live in the catalog.{' '}
            <AppLink href={`/services/${account}`} className="font-medium underline">
              See your live listing
            </AppLink>
          </p>
        )}
      </form>

      <section aria-labelledby="preview-title" className="space-y-3">
        <h3 id="preview-title" className="font-semibold">
          Preview: what parties will see
        </h3>
        <div data-testid="service-preview" className="space-y-3">
          {/* Linked only while a listing is live: before a publish or after a delete the page does not exist. */}
          <ServiceCard service={preview} network={network} linked={current !== null} />
          <PermissionList permissions={preview.permissions} />
        </div>
      </section>
    </div>
  )
}
