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
import { ChecklistItem } from './ChecklistItem'
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
}

/** Step 1, for node operators: list the node's URL, change it the safe way (delete, then set), or delete it. */
export function NodeStep({ network, account, nodeDomain, nodes, draftKey, ownPartyOnNode }: Props) {
  const t = useTranslations()
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
  const problem = validateNodeUrl(draft.url, nodes, nodeDomain)
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
        ? loadSetNode().then(({ setNodeAction }) => setNodeAction(network, account, url, t))
        : loadChangeNodeUrl().then(({ changeNodeUrlAction }) => changeNodeUrlAction(network, account, nodeDomain, url, ownPartyOnNode, t)),
    )
  }

  async function openDelete() {
    setDeleteOpen(true)
    const opened = await reviewing.open(() => loadDeleteNode().then(({ deleteNodeAction }) => deleteNodeAction(network, account, nodeDomain, ownPartyOnNode, t)))
    // The review could not load: its error shows, and the step's own buttons come back.
    if (!opened) setDeleteOpen(false)
  }

  async function sign(action: WriteAction) {
    const deleting = deleteOpen
    const url = draft.url
    // The page's node list may be stale: the URL is checked again against every listed node, in any spelling.
    const stillFree = async (steps: readonly unknown[]) => {
      const message = validateNodeUrl(url, await loadNodes(network), nodeDomain)
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
          placeholder="https://node.example.com"
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
    <ChecklistItem index={1} title="Your OCN node" status={listed ? 'Listed' : 'No node · for node operators'} done={listed} testId="node-step">
      {listed ? (
        <p>
          This account lists an OCN node at{' '}
          <span data-testid="own-node-domain" className="font-mono font-semibold">
            <UntrustedText value={nodeDomain} max={80} />
          </span>
          . Parties choose it by this URL.
        </p>
      ) : (
        <p className="text-slate-700 dark:text-slate-300">
          Only for node operators: if this account runs an OCN node, list its URL so parties can choose it. A party served by
          another operator&apos;s node skips this step.
        </p>
      )}

      {listed && <NodeSpellingTwins twins={spellingTwins(nodes).get(account)} />}

      {loaded && !listed && (
        <form onSubmit={(e) => void review(e, 'list')} noValidate className="space-y-3">
          <fieldset disabled={locked} className="space-y-3">
            {urlField('Node URL')}
            <GuardedAction guard={listGuard} label="List my node" submit blocked="disable" />
          </fieldset>
        </form>
      )}

      {loaded && listed && !changing && !deleteOpen && (
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" disabled={writes.busy} onClick={() => setChangeOpen(true)}>
            Change URL
          </Button>
          <GuardedAction guard={deleteGuard} label="Delete node" variant="danger-outline" disabled={writes.busy} onRun={() => void openDelete()} blocked="disable" />
        </div>
      )}

      {loaded && changing && (
        <form onSubmit={(e) => void review(e, 'change')} noValidate className="space-y-3" data-testid="node-change">
          <fieldset disabled={locked} className="space-y-3">
            {urlField('New node URL')}
            <div data-testid="node-change-warning" className={NOTICE.warning}>
              <p>
                A node URL changed in place stays reserved forever on chain: nobody, you included, could ever list it again. So
                the change takes two transactions: <span className="font-mono">deleteNode</span> releases your current URL, then{' '}
                <span className="font-mono">setNode</span> lists the new one.
              </p>
              <p className="mt-1">
                Between the two, your node is not listed and the parties on it{ownPartyOnNode ? ', your own included,' : ''} reach no
                node. If you reject the second signature or it fails, list your node again right away.
              </p>
            </div>
            <label className="flex items-start gap-2">
              <input type="checkbox" className="mt-0.5" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} />
              <span>I understand that my node is unlisted between the two transactions, and that its current URL is released.</span>
            </label>
            <div className="flex flex-wrap gap-2">
              <GuardedAction guard={changeGuard} label="Delete the old URL, then list the new one" submit disabled={!understood} blocked="disable" />
              <Button variant="secondary" onClick={cancelChange}>
                Cancel
              </Button>
            </div>
          </fieldset>
        </form>
      )}

      <StepWrites network={network} review={reviewing} writes={writes} onConfirm={sign} onCancel={() => setDeleteOpen(false)} deleteLabel={deleteOpen ? 'Delete node on chain' : undefined} />
    </ChecklistItem>
  )
}
