'use client'

import { useTranslations } from 'next-intl'
import dynamic from 'next/dynamic'
import { useCallback, useEffect, useId, useState } from 'react'
import type { Network } from '@/lib/chain/networks'
import type { OpenedRequest } from '@/lib/relay/open-request'
import { RELAY_FRAGMENT_KEY, RELAY_PATH, RELAY_TEST_IDS, type VerifiedRequest } from '@/lib/signing/types'
import { NOTICE } from '@/components/ui/styles'
import { RequestSource } from './RequestSource'

// A request's review, its signer and the write path load once a request opened, not with the page.
const RelayRequest = dynamic(() => import('./RelayRequest').then((module) => module.RelayRequest), { ssr: false })

const hasRequest = (hash: string) => new URLSearchParams(hash.replace(/^#/, '')).has(RELAY_FRAGMENT_KEY)

/**
 * Submits a request someone else signed. It comes in the link's fragment (which no server sees), pasted, or as a
 * file; it is shown only once every signature recovered, and then only what the signed parameters and the chain say.
 */
export function RelayView({ network }: { network: Network }) {
  const t = useTranslations()
  const errorId = useId()
  const [text, setText] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [checking, setChecking] = useState(false)
  const [opened, setOpened] = useState<VerifiedRequest | null>(null)

  const open = useCallback(async (source: { fragment: string } | { text: string }) => {
    setChecking(true)
    setError(null)
    const result: OpenedRequest = await import('@/lib/relay/open-request')
      .then(({ openSignedRequest }) => openSignedRequest(source))
      .catch(() => ({ ok: false, reason: t('relay.view.notLoaded') }))
    setChecking(false)
    if (!result.ok) {
      setOpened(null)
      setError(result.reason)
      return
    }
    setOpened(result.verified)
    if ('text' in source) {
      // Kept in the fragment, as a link would have brought it: a reload (say, while its transaction is pending) finds it again.
      const { signedRequestLink } = await import('@/lib/signing/document')
      history.replaceState(null, '', signedRequestLink(location.origin, result.request))
    }
  }, [t])

  useEffect(() => {
    const fromFragment = () => {
      if (hasRequest(location.hash)) void open({ fragment: location.hash })
    }
    fromFragment()
    window.addEventListener('hashchange', fromFragment)
    return () => window.removeEventListener('hashchange', fromFragment)
  }, [open])

  const putAside = () => {
    setOpened(null)
    setError(null)
    history.replaceState(null, '', RELAY_PATH)
  }

  return (
    <div className="space-y-4">
      {!opened && <RequestSource text={text} onText={setText} onOpen={(value) => void open({ text: value })} onFileProblem={setError} busy={checking} errorId={error ? errorId : undefined} />}
      {error && (
        <p id={errorId} role="alert" data-testid={RELAY_TEST_IDS.error} className={`text-sm ${NOTICE.danger}`}>
          {t('relay.view.nothingSent', { reason: error })}
        </p>
      )}
      {checking && !opened && (
        <p role="status" className="text-sm">
          {t('relay.checking')}
        </p>
      )}
      {/* Keyed by its signatures: another request opened in place (a new link) starts with nothing of this one's progress. */}
      {opened && <RelayRequest key={opened.calls.map((c) => c.signature).join()} network={network} verified={opened} onPutAside={putAside} />}
    </div>
  )
}
