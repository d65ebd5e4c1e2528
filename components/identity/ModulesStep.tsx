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

type Props = {
  network: Network
  account: Address
  party: Party | null
  modules: ModulesDraftState
  /** The modules were saved on chain. */
  onWritten: () => void
}

type Side = keyof ModulesDraft

/** Step 2: the OCPI modules the party implements, per interface (setPartyModules replaces both lists). */
export function ModulesStep({ network, account, party, modules, onWritten }: Props) {
  const t = useTranslations('identity.modules')
  const translate = useTranslations()
  const onChain = party ? modulesDraftOf(party) : null
  const status = !onChain
    ? t('statusNeedsParty')
    : hasModules(onChain)
      ? t('statusCount', { sender: onChain.sender.length, receiver: onChain.receiver.length })
      : t('statusNone')
  const writes = useWriteAction(network, identityActionKey('modules', account))
  const reviewing = useWriteReview()
  const { draft } = modules
  const unsaved = party !== null && !sameModules(draft, modulesDraftOf(party))
  const guard = useWriteGuard(network, 'set-modules', { party, unchanged: !unsaved })
  const toggle = (side: Side, index: number) => modules.update({ ...draft, [side]: toggleIndex(draft[side], index) })

  async function review(event: FormEvent) {
    event.preventDefault()
    await reviewing.open(() => loadSetModules().then(({ setModulesAction }) => setModulesAction(network, account, draft, translate)))
  }

  async function sign(action: WriteAction) {
    const outcome = await writes.run(action.steps)
    reviewing.close()
    if (outcome !== 'confirmed') return
    modules.discard(draft)
    onWritten()
  }

  return (
    <ChecklistItem index={2} title={t('title')} status={status} done={onChain !== null && hasModules(onChain)} testId="modules-step">
      {!party ? (
        <p className="text-slate-700 dark:text-slate-300">{t('needsParty')}</p>
      ) : (
        modules.loaded && (
          <form onSubmit={(e) => void review(e)} className="space-y-3" data-testid="modules-form">
            <p className="text-slate-700 dark:text-slate-300">{t.rich('intro', { strong: (chunks) => <strong>{chunks}</strong> })}</p>
            <fieldset disabled={writes.busy || reviewing.action !== null}>
              <legend className="sr-only">{t('legend')}</legend>
              <table className="w-full text-left">
                <thead className="text-xs uppercase text-slate-600 dark:text-slate-400">
                  <tr>
                    <th className="py-1 font-medium">{t('module')}</th>
                    <th className="px-3 py-1 text-center font-medium">{t('sender')}</th>
                    <th className="px-3 py-1 text-center font-medium">{t('receiver')}</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
                  {MODULES.map((m, index) => (
                    <tr key={m.key}>
                      <td className="py-1.5">
                        <span className="font-medium">{moduleLabel(m.key, translate)}</span>
                        <span className="block text-xs text-slate-600 dark:text-slate-400">{moduleData(m.key, translate)}</span>
                      </td>
                      {(['sender', 'receiver'] as const).map((side) => (
                        <td key={side} className="px-3 text-center">
                          <input
                            type="checkbox"
                            className="h-6 w-6"
                            aria-label={t('asSide', { module: moduleLabel(m.key, translate), side })}
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
                <GuardedAction guard={guard} label={t('save')} submit blocked="disable" />
                {unsaved && (
                  <span data-testid="modules-unsaved" className="text-amber-800 dark:text-amber-300">
                    {t('unsaved')}
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
