'use client'

import { useTranslations } from 'next-intl'
import { type FormEvent, useState } from 'react'
import type { Address } from 'viem'
import type { Network } from '@/lib/chain/networks'
import { useDraft } from '@/lib/hooks/useDraft'
import { useWriteAction } from '@/lib/hooks/useWriteAction'
import { identityActionKey } from '@/lib/tx/action-keys'
import { useWriteReview } from '@/lib/hooks/useWriteReview'
import { EMPTY_NODE_DRAFT, type NodeDraft, validateNodeUrl } from '@/lib/identity/party-form'
import { spellingTwins } from '@/lib/ocn/node-url'
import type { Node } from '@/lib/ocn/reads'
import type { WriteAction } from '@/lib/writes/action'
import { NodeSpellingTwins } from '@/components/registry/NodeSpellingTwins'
import { UntrustedText } from '@/components/ui/UntrustedText'
import { StepWrites } from './StepWrites'
import { FieldError } from '@/components/ui/FieldError'
import { StoredNodeUrl } from './StoredNodeUrl'
import { GuardedAction } from '@/components/ui/GuardedAction'
import { useWriteGuard } from '@/lib/hooks/useWriteGuard'
import { Button } from '@/components/ui/Button'
import { NOTICE, INPUT } from '@/components/ui/styles'

// The actions (contract calls as data) and the reads behind signing load when the user reviews, not with the page.
const loadSetNode = () => import('@/lib/writes/set-node')
const loadChangeNodeUrl = () => import('@/lib/writes/change-node-url')
const loadDeleteNode = () => import('@/lib/writes/delete-node')
const loadNodes = (network: Network) =>
  Promise.all([import('@/lib/chain/client'), import('@/lib/ocn/reads')]).then(([{ createReadContext }, { readNodes }]) => readNodes(createReadContext(network)))

type Props = {
  network: Network
  account: Address
  /** The account's node URL on chain; empty when it lists no node. */
  nodeDomain: string
  nodes: Node[]
  draftKey: string
  ownPartyOnNode: boolean
  /** A node was listed, or its URL changed (not a delete). */
  onWritten: () => void
}

/**
 * The optional path for node operators, collapsed for everyone else: list the node's URL, change it the safe way
 * (delete, then set), or delete it.
 */
export function NodeStep({ network, account, nodeDomain, nodes, draftKey, ownPartyOnNode, onWritten }: Props) {
  const t = useTranslations('identity.node')
  const translate = useTranslations()
  const { draft, update, discard, loaded } = useDraft<NodeDraft>(draftKey, EMPTY_NODE_DRAFT)
  const writes = useWriteAction(network, identityActionKey('node', account))
  const reviewing = useWriteReview()
  const [changeOpen, setChangeOpen] = useState(false)
  const [deleteOpen, setDeleteOpen] = useState(false)
  const [understood, setUnderstood] = useState(false)
  const [attempted, setAttempted] = useState(false)
  const listed = nodeDomain !== ''
  const listGuard = useWriteGuard(network, 'set-node', { ownNode: nodeDomain })
  const changeGuard = useWriteGuard(network, 'change-node-url', { ownNode: nodeDomain })
  const deleteGuard = useWriteGuard(network, 'delete-node', { ownNode: nodeDomain })
  // A typed new URL reopens the change form after a reload or a rejection.
  const changing = listed && (changeOpen || draft.url !== '')
  const problem = validateNodeUrl(draft.url, nodes, nodeDomain, translate)
  // Open for operators (a listed node, a typed URL, a write under way or to resume); the others open it themselves.
  const [opened, setOpened] = useState<boolean | null>(null)
  const inUse = writes.busy || reviewing.action !== null || writes.steps.length > 0
  const expanded = inUse || (opened ?? (listed || draft.url !== ''))
  const shownProblem = attempted || draft.url.trim() !== '' ? problem : null
  // What was typed stays as reviewed until the review is signed or cancelled.
  const locked = writes.busy || reviewing.action !== null

  async function review(event: FormEvent, kind: 'list' | 'change') {
    event.preventDefault()
    setAttempted(true)
    if (problem) return
    const url = draft.url
    await reviewing.open(() =>
      kind === 'list'
        ? loadSetNode().then(({ setNodeAction }) => setNodeAction(network, account, url, translate))
        : loadChangeNodeUrl().then(({ changeNodeUrlAction }) => changeNodeUrlAction(network, account, nodeDomain, url, ownPartyOnNode, translate)),
    )
  }

  async function openDelete() {
    setDeleteOpen(true)
    const opened = await reviewing.open(() => loadDeleteNode().then(({ deleteNodeAction }) => deleteNodeAction(network, account, nodeDomain, ownPartyOnNode, translate)))
    // The review could not load: its error shows, and the step's own buttons come back.
    if (!opened) setDeleteOpen(false)
  }

  async function sign(action: WriteAction) {
    const deleting = deleteOpen
    const url = draft.url
    // The page's node list may be stale: the URL is checked again against every listed node, in any spelling.
    const stillFree = async (steps: readonly unknown[]) => {
      const message = validateNodeUrl(url, await loadNodes(network), nodeDomain, translate)
      return message ? { step: steps.length - 1, message } : null
    }
    const outcome = await writes.run(action.steps, deleting ? {} : { check: stillFree })
    reviewing.close()
    setDeleteOpen(false)
    if (outcome !== 'confirmed' || deleting) return
    discard(EMPTY_NODE_DRAFT)
    setAttempted(false)
    setChangeOpen(false)
    setUnderstood(false)
    onWritten()
  }

  function cancelChange() {
    discard(EMPTY_NODE_DRAFT)
    setChangeOpen(false)
    setUnderstood(false)
    setAttempted(false)
  }

  const urlField = (label: string) => (
    <div>
      <label className="block">
        <span className="font-medium">{label}</span>
        <input
          type="url"
          value={draft.url}
          onChange={(e) => update({ url: e.target.value })}
          placeholder={t('urlPlaceholder')}
          autoComplete="url"
          spellCheck={false}
          aria-invalid={shownProblem ? true : undefined}
          aria-describedby={shownProblem ? 'node-url-error' : undefined}
          className={`${INPUT} font-mono`}
        />
      </label>
      <FieldError id="node-url-error" message={shownProblem ?? undefined} />
      <StoredNodeUrl typed={draft.url} />
    </div>
  )

  return (
    <section data-testid="node-step" aria-labelledby="node-step-title" className="rounded-xl bg-white p-4 ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="node-step-title" className="font-semibold">
          <button
            type="button"
            aria-expanded={expanded}
            aria-controls="node-step-body"
            disabled={inUse}
            onClick={() => setOpened(!expanded)}
            className="flex min-h-6 items-center gap-2 text-left"
          >
            <svg aria-hidden="true" viewBox="0 0 16 16" className={`h-4 w-4 shrink-0 transition-transform ${expanded ? 'rotate-90' : ''}`}>
              <path d="M6 3l5 5-5 5" fill="none" stroke="currentColor" strokeWidth="2" />
            </svg>
            {t('title')}
          </button>
        </h2>
        <span
          data-testid="step-status"
          className={`ml-auto rounded px-1.5 py-0.5 text-xs ${
            listed ? 'bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200' : 'bg-slate-200 dark:bg-slate-800'
          }`}
        >
          {listed ? t('statusListed') : t('statusNone')}
        </span>
      </div>
      {expanded && (
        <div id="node-step-body" className="mt-3 space-y-3 text-sm">
          {listed ? (
            <p>
              {t.rich('listed', {
                domain: () => (
                  <span data-testid="own-node-domain" className="font-mono font-semibold">
                    <UntrustedText value={nodeDomain} max={80} />
                  </span>
                ),
              })}
            </p>
          ) : (
            <p className="text-slate-700 dark:text-slate-300">{t('intro')}</p>
          )}

          {listed && <NodeSpellingTwins twins={spellingTwins(nodes).get(account)} />}

          {loaded && !listed && (
            <form onSubmit={(e) => void review(e, 'list')} noValidate className="space-y-3">
              <fieldset disabled={locked} className="space-y-3">
                {urlField(t('url'))}
                <GuardedAction guard={listGuard} label={t('list')} variant="secondary" submit blocked="disable" />
              </fieldset>
            </form>
          )}

          {loaded && listed && !changing && !deleteOpen && (
            <div className="flex flex-wrap gap-2">
              <Button variant="secondary" disabled={writes.busy} onClick={() => setChangeOpen(true)}>
                {t('change')}
              </Button>
              <GuardedAction guard={deleteGuard} label={t('delete')} variant="danger-outline" disabled={writes.busy} onRun={() => void openDelete()} blocked="disable" />
            </div>
          )}

          {loaded && changing && (
            <form onSubmit={(e) => void review(e, 'change')} noValidate className="space-y-3" data-testid="node-change">
              <fieldset disabled={locked} className="space-y-3">
                {urlField(t('newUrl'))}
                <div data-testid="node-change-warning" className={NOTICE.warning}>
                  <p>{t.rich('changeReserved', { code: (chunks) => <span className="font-mono">{chunks}</span> })}</p>
                  <p className="mt-1">{t('changeGap', { ownParty: ownPartyOnNode ? 'yes' : 'no' })}</p>
                </div>
                <label className="flex items-start gap-2">
                  <input type="checkbox" className="mt-0.5 h-5 w-5 shrink-0" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} />
                  <span>{t('understood')}</span>
                </label>
                <div className="flex flex-wrap gap-2">
                  <GuardedAction guard={changeGuard} label={t('changeSubmit')} submit disabled={!understood} blocked="disable" />
                  <Button variant="secondary" onClick={cancelChange}>
                    {t('cancel')}
                  </Button>
                </div>
              </fieldset>
            </form>
          )}

          <StepWrites network={network} review={reviewing} writes={writes} onConfirm={sign} onCancel={() => setDeleteOpen(false)} deleteLabel={deleteOpen ? t('deleteConfirm') : undefined} />
        </div>
      )}
    </section>
  )
}
