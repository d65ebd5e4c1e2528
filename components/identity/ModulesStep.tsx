'use client'

import { useTranslations } from 'next-intl'
import type { FormEvent } from 'react'
import type { Address } from 'viem'
import type { Network } from '@/lib/chain/networks'
import { useWriteAction } from '@/lib/hooks/useWriteAction'
import { identityActionKey } from '@/lib/tx/action-keys'
import { useWriteReview } from '@/lib/hooks/useWriteReview'
import { hasModules, type ModulesDraft, modulesDraftOf, sameModules, toggleIndex } from '@/lib/identity/party-form'
import { moduleData, moduleLabel, MODULES } from '@/lib/ocn/catalog'
import type { Party } from '@/lib/ocn/reads'
import type { WriteAction } from '@/lib/writes/action'
import { ChecklistItem } from './ChecklistItem'
import { StepWrites } from './StepWrites'
import type { ModulesDraftState } from './IdentityChecklist'
import { GuardedAction } from '@/components/ui/GuardedAction'
import { useWriteGuard } from '@/lib/hooks/useWriteGuard'

// The action (contract calls as data) loads when the user reviews, not with the page.
const loadSetModules = () => import('@/lib/writes/set-modules')

type Props = { network: Network; account: Address; party: Party | null; modules: ModulesDraftState }

type Side = keyof ModulesDraft

function statusOf(party: Party | null): string {
  if (!party) return 'Needs a party'
  const onChain = modulesDraftOf(party)
  return hasModules(onChain) ? `${onChain.sender.length} sender · ${onChain.receiver.length} receiver` : 'None set'
}

/** Step 3: the OCPI modules the party implements, per interface (setPartyModules replaces both lists). */
export function ModulesStep({ network, account, party, modules }: Props) {
  const t = useTranslations()
  const writes = useWriteAction(network, identityActionKey('modules', account))
  const reviewing = useWriteReview()
  const { draft } = modules
  const unsaved = party !== null && !sameModules(draft, modulesDraftOf(party))
  const guard = useWriteGuard(network, 'set-modules', { party, unchanged: !unsaved })
  const toggle = (side: Side, index: number) => modules.update({ ...draft, [side]: toggleIndex(draft[side], index) })

  async function review(event: FormEvent) {
    event.preventDefault()
    await reviewing.open(() => loadSetModules().then(({ setModulesAction }) => setModulesAction(network, account, draft, t)))
  }

  async function sign(action: WriteAction) {
    const outcome = await writes.run(action.steps)
    reviewing.close()
    if (outcome === 'confirmed') modules.discard(draft)
  }

  return (
    <ChecklistItem index={3} title="OCPI modules" status={statusOf(party)} done={party !== null && hasModules(modulesDraftOf(party))} testId="modules-step">
      {!party ? (
        <p className="text-slate-700 dark:text-slate-300">List your party first: the modules belong to its listing.</p>
      ) : (
        modules.loaded && (
          <form onSubmit={(e) => void review(e)} className="space-y-3" data-testid="modules-form">
            <p className="text-slate-700 dark:text-slate-300">
              The OCPI modules your party implements. As <strong>sender</strong> it owns the data and serves it (a CPO sends its
              locations); as <strong>receiver</strong> it takes data in (an eMSP receives CDRs).
            </p>
            <fieldset disabled={writes.busy || reviewing.action !== null}>
              <legend className="sr-only">Modules by interface</legend>
              <table className="w-full text-left">
                <thead className="text-xs uppercase text-slate-500">
                  <tr>
                    <th className="py-1 font-medium">Module</th>
                    <th className="px-3 py-1 text-center font-medium">Sender</th>
                    <th className="px-3 py-1 text-center font-medium">Receiver</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
                  {MODULES.map((m, index) => (
                    <tr key={m.key}>
                      <td className="py-1.5">
                        <span className="font-medium">{moduleLabel(m.key, t)}</span>
                        <span className="block text-xs text-slate-500">{moduleData(m.key, t)}</span>
                      </td>
                      {(['sender', 'receiver'] as const).map((side) => (
                        <td key={side} className="px-3 text-center">
                          <input
                            type="checkbox"
                            aria-label={`${moduleLabel(m.key, t)} as ${side}`}
                            checked={draft[side].includes(index)}
                            onChange={() => toggle(side, index)}
                          />
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
              <div className="mt-3 flex flex-wrap items-center gap-3">
                <GuardedAction guard={guard} label="Save modules" submit blocked="disable" />
                {unsaved && (
                  <span data-testid="modules-unsaved" className="text-amber-800 dark:text-amber-300">
                    Not saved on chain yet.
                  </span>
                )}
              </div>
            </fieldset>
          </form>
        )
      )}
      <StepWrites network={network} review={reviewing} writes={writes} onConfirm={sign} />
    </ChecklistItem>
  )
}
