'use client'

import { useTranslations } from 'next-intl'
import { type FormEvent, useState } from 'react'
import type { Address } from 'viem'
import type { Network } from '@/lib/chain/networks'
import { useDraft } from '@/lib/hooks/useDraft'
import { useOcnRead } from '@/lib/hooks/useOcnQuery'
import { useWriteAction } from '@/lib/hooks/useWriteAction'
import { identityActionKey } from '@/lib/tx/action-keys'
import { useWriteReview } from '@/lib/hooks/useWriteReview'
import {
  clashingHolder,
  EMPTY_MODULES_DRAFT,
  EMPTY_PARTY_DRAFT,
  hasErrors,
  type PartyDraft,
  partyDraftOf,
  samePartyDraft,
  toggleIndex,
  validatePartyDraft,
} from '@/lib/identity/party-form'
import { roleLabel, ROLES } from '@/lib/ocn/catalog'
import { encodeCountryCode, encodePartyId, formatCredentials, validateCountryCode, validatePartyId } from '@/lib/ocn/codecs'
import type { Node, Party } from '@/lib/ocn/reads'
import { cleanText } from '@/lib/ocn/untrusted'
import type { WriteAction } from '@/lib/writes/action'
import { ChecklistItem } from './ChecklistItem'
import { CredentialField } from './CredentialField'
import { FieldError } from '@/components/ui/FieldError'
import type { ModulesDraftState } from './IdentityChecklist'
import { PartySummary } from './PartySummary'
import { PartyUpdateWarnings } from './PartyUpdateWarnings'
import { StepWrites } from './StepWrites'
import { GuardedAction } from '@/components/ui/GuardedAction'
import { useWriteGuard } from '@/lib/hooks/useWriteGuard'
import { NOTICE, INPUT } from '@/components/ui/styles'

// The actions (contract calls as data) load when the user reviews, not with the page.
const loadSetParty = () => import('@/lib/writes/set-party')
const loadDeleteParty = () => import('@/lib/writes/delete-party')

type Props = {
  network: Network
  account: Address
  party: Party | null
  nodes: Node[]
  draftKey: string
  /** Shared with the modules step: an update re-applies these, since setParty wipes them. */
  modules: ModulesDraftState
}

/** Step 2: list the account as an OCPI party on a listed node, update it (keeping its modules), or delete it. */
export function PartyStep({ network, account, party, nodes, draftKey, modules }: Props) {
  const t = useTranslations()
  const { draft, update, discard, loaded } = useDraft<PartyDraft>(draftKey, partyDraftOf(party))
  const writes = useWriteAction(network, identityActionKey('party', account))
  const reviewing = useWriteReview()
  const [attempted, setAttempted] = useState(false)
  const [deleteOpen, setDeleteOpen] = useState(false)
  const [checking, setChecking] = useState(false)
  const holder = useCredentialsHolder(network, draft)
  const errors = validatePartyDraft(draft, { nodes, takenBy: clashingHolder(holder.data ?? null, account) })
  const unchanged = party !== null && samePartyDraft(draft, party)
  const setGuard = useWriteGuard(network, 'set-party', { nodeCount: nodes.length, unchanged })
  const deleteGuard = useWriteGuard(network, 'delete-party', { party })
  const set = (change: Partial<PartyDraft>) => update({ ...draft, ...change })
  const errorOf = (field: keyof typeof errors) => (attempted ? errors[field] : undefined)

  async function review(event: FormEvent) {
    event.preventDefault()
    setAttempted(true)
    if (hasErrors(errors)) return
    // The check on screen may be minutes old: ask the chain once more before the review.
    setChecking(true)
    const fresh = await holder.refetch()
    setChecking(false)
    if (clashingHolder(fresh.data ?? null, account)) return
    const input = { draft, current: party, reapply: party ? modules.draft : null, nodes }
    await reviewing.open(() => loadSetParty().then(({ setPartyAction }) => setPartyAction(network, account, input, t)))
  }

  async function openDelete(listed: Party) {
    setDeleteOpen(true)
    const opened = await reviewing.open(() => loadDeleteParty().then(({ deletePartyAction }) => deletePartyAction(network, account, listed, t)))
    // The review could not load: its error shows, and the step's own buttons come back.
    if (!opened) setDeleteOpen(false)
  }

  async function sign(action: WriteAction) {
    const deleting = deleteOpen
    // Kept in storage, so modules wiped by a confirmed setParty can still be re-sent after a rejection or reload.
    if (party && !deleting) modules.update(modules.draft)
    const outcome = await writes.run(action.steps)
    reviewing.close()
    setDeleteOpen(false)
    if (outcome !== 'confirmed') return
    if (deleting) {
      discard(EMPTY_PARTY_DRAFT)
      modules.discard(EMPTY_MODULES_DRAFT)
      return
    }
    discard(draft)
    if (party) modules.discard(modules.draft)
    setAttempted(false)
  }

  return (
    <ChecklistItem index={2} title="Your OCPI party" status={party ? `Listed as ${formatCredentials(party)}` : 'Not listed'} done={party !== null} testId="party-step">
      {party ? (
        <PartySummary party={party} />
      ) : (
        <p className="text-slate-700 dark:text-slate-300">
          List this account as an OCPI party: its country code and party ID, its roles, and the OCN node that routes its
          messages. This is the OCN identity that agreements and services need.
        </p>
      )}

      {nodes.length === 0 ? (
        <p data-testid="no-nodes" className={NOTICE.warning}>
          No OCN node is listed on {network.name} yet, and a party needs one. List your node above, or ask a node operator to list theirs.
        </p>
      ) : (
        loaded && (
          <form onSubmit={(e) => void review(e)} noValidate className="space-y-3" data-testid="party-form">
            <fieldset disabled={writes.busy || checking || deleteOpen || reviewing.action !== null} className="space-y-3">
              <div className="grid gap-3 sm:grid-cols-2">
                <CredentialField id="country-code" label="Country code" value={draft.countryCode} onChange={(countryCode) => set({ countryCode })} placeholder="DE" maxLength={2} error={errorOf('countryCode')} />
                <CredentialField id="party-id" label="Party ID" value={draft.partyId} onChange={(partyId) => set({ partyId })} placeholder="MSP" maxLength={3} error={errorOf('partyId')} />
              </div>
              {/* Shown as soon as it is known: a clash is worth knowing before anything else is filled in. */}
              <FieldError id="credentials-error" message={errors.credentials} />

              <fieldset aria-describedby="roles-error">
                <legend className="font-medium">Roles</legend>
                <div className="mt-1 grid gap-1 sm:grid-cols-2">
                  {ROLES.map((role, index) => (
                    <label key={role.key} className="flex items-center gap-2">
                      <input type="checkbox" checked={draft.roles.includes(index)} onChange={() => set({ roles: toggleIndex(draft.roles, index) })} />
                      <span>
                        {roleLabel(index, t)} ({role.key})
                      </span>
                    </label>
                  ))}
                </div>
                <FieldError id="roles-error" message={errorOf('roles')} />
              </fieldset>

              <div>
                <label className="block">
                  <span className="font-medium">OCN node</span>
                  <select
                    value={draft.operator}
                    onChange={(e) => set({ operator: e.target.value })}
                    aria-invalid={errorOf('operator') ? true : undefined}
                    aria-describedby="operator-error"
                    className={`${INPUT} font-mono`}
                  >
                    <option value="">Choose a listed node</option>
                    {nodes.map((node) => (
                      <option key={node.operator} value={node.operator}>
                        {cleanText(node.domain, 80).text}
                      </option>
                    ))}
                  </select>
                </label>
                <FieldError id="operator-error" message={errorOf('operator')} />
              </div>

              {party && <PartyUpdateWarnings party={party} draft={draft} modules={modules.draft} />}

              <div className="flex flex-wrap gap-2">
                <GuardedAction guard={setGuard} label={party ? 'Update party' : 'List my party'} submit blocked="disable" />
                {party && (
                  <GuardedAction guard={deleteGuard} label="Delete party" variant="danger-outline" onRun={() => void openDelete(party)} blocked="disable" />
                )}
              </div>
            </fieldset>
          </form>
        )
      )}

      <StepWrites network={network} review={reviewing} writes={writes} onConfirm={sign} onCancel={() => setDeleteOpen(false)} deleteLabel={deleteOpen ? 'Delete party on chain' : undefined} />
    </ChecklistItem>
  )
}

/** Who holds the typed credentials on chain, looked up once they are well formed. */
function useCredentialsHolder(network: Network, draft: PartyDraft) {
  const wellFormed = !validateCountryCode(draft.countryCode) && !validatePartyId(draft.partyId)
  return useOcnRead(
    network,
    ['party-address-by-ocpi', draft.countryCode, draft.partyId],
    wellFormed ? (ctx) =>
          import('@/lib/ocn/reads').then(({ readPartyAddressByOcpi }) =>
            readPartyAddressByOcpi(ctx, encodeCountryCode(draft.countryCode), encodePartyId(draft.partyId)),
          ) : null,
  )
}
