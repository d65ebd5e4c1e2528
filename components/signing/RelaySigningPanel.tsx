'use client'

import { useTranslations } from 'next-intl'
import { useId, useState } from 'react'
import { type Address, isAddressEqual } from 'viem'
import { signMessage } from 'wagmi/actions'
import type { Network } from '@/lib/chain/networks'
import { useOcnRead } from '@/lib/hooks/useOcnQuery'
import { useWallet } from '@/lib/hooks/useWallet'
import { signatureFacts } from '@/lib/signing/facts'
import { recoverRawSigner } from '@/lib/signing/recover'
import { OTHER_SIGNER_MESSAGE, signButtonLabel, signedRequestOf, signingFailureMessage } from '@/lib/signing/share'
import { signRawCalls } from '@/lib/signing/sign'
import { type RawCall, type SignedRequest, SIGNING_TEST_IDS } from '@/lib/signing/types'
import { Button } from '@/components/ui/Button'
import { NOTICE, TEXT_BODY } from '@/components/ui/styles'
import { SignedRequestResult } from './SignedRequestResult'

export type RelaySigningPanelProps = { network: Network; account: Address; calls: RawCall[] }

type Signing = { status: 'idle' } | { status: 'signing'; prompt: number } | { status: 'failed'; message: string } | { status: 'signed'; request: SignedRequest }

/**
 * Signs the reviewed calls for someone else to submit: what that means, the facts to confirm, one wallet prompt
 * per call, then the signed request to share. Nothing is sent on chain from here.
 */
export function RelaySigningPanel({ network, account, calls }: RelaySigningPanelProps) {
  const t = useTranslations()
  const confirmId = useId()
  const wallet = useWallet()
  const [confirmed, setConfirmed] = useState(false)
  const [signing, setSigning] = useState<Signing>({ status: 'idle' })
  // ecrecover only knows keys: an account with code (a Safe, a smart account) can never produce these signatures.
  const code = useOcnRead(network, ['account-has-code', account], (ctx) => ctx.client.getCode({ address: account }).then((bytes) => !!bytes && bytes !== '0x'))
  const facts = signatureFacts(calls, t)

  const sign = async () => {
    setSigning({ status: 'signing', prompt: 1 })
    try {
      const { config } = await wallet.load()
      let prompt = 0
      const signed = await signRawCalls((args) => {
        prompt += 1
        setSigning({ status: 'signing', prompt })
        return signMessage(config, { account, ...args })
      }, calls)
      // A wallet that answers with another key's signature would hand out a request acting for someone else.
      const signers = await Promise.all(signed.map(recoverRawSigner))
      if (signers.some((signer) => !isAddressEqual(signer, account))) return setSigning({ status: 'failed', message: OTHER_SIGNER_MESSAGE })
      setSigning({ status: 'signed', request: signedRequestOf(network, account, signed, new Date()) })
    } catch (error) {
      setSigning({ status: 'failed', message: signingFailureMessage(error) })
    }
  }

  if (signing.status === 'signed') return <SignedRequestResult request={signing.request} />

  const busy = signing.status === 'signing'
  return (
    <section data-testid={SIGNING_TEST_IDS.panel} aria-label="Sign for someone else to submit" className={`space-y-3 text-sm ${NOTICE.info}`}>
      <p className={TEXT_BODY}>
        You sign with the key of <span className="font-mono [overflow-wrap:anywhere]">{account}</span>; you send no transaction and pay no gas.
        Whoever you give the signed request to (your node operator, a hub) submits it from their own account and pays the gas, and it acts
        for your account exactly as described above.
      </p>
      {code.data === true ? (
        <p role="alert" data-testid={SIGNING_TEST_IDS.unavailable} className={NOTICE.warning}>
          This account is a contract wallet (such as a Safe). The Registry and Permissions contracts accept only signatures made with a
          key (they recover the signer with ecrecover), so a contract wallet cannot sign this request. Send the transaction from the
          account itself instead.
        </p>
      ) : (
        <>
          <ul data-testid={SIGNING_TEST_IDS.facts} className="list-disc space-y-1 pl-5 [overflow-wrap:anywhere]">
            {facts.map((fact) => (
              <li key={fact}>{fact}</li>
            ))}
          </ul>
          <label htmlFor={confirmId} className="flex items-start gap-2">
            <input
              id={confirmId}
              type="checkbox"
              data-testid={SIGNING_TEST_IDS.confirm}
              className="mt-0.5"
              checked={confirmed}
              disabled={busy}
              onChange={(e) => setConfirmed(e.target.checked)}
            />
            <span>I understand: these signatures never expire, work on every network with these contracts, and anyone who holds them can submit them.</span>
          </label>
          {code.isError && (
            <p role="alert" className={NOTICE.danger}>
              Whether this account is a contract wallet could not be checked: the network did not answer.{' '}
              <button type="button" className="underline" onClick={() => void code.refetch()}>
                Try again
              </button>
            </p>
          )}
          {code.isPending && <p className="text-slate-500">Checking your account…</p>}
          {signing.status === 'failed' && (
            <p role="alert" data-testid="relay-signing-error" className={NOTICE.danger}>
              {signing.message}
            </p>
          )}
          <Button data-testid={SIGNING_TEST_IDS.sign} disabled={!confirmed || busy || code.data !== false} onClick={() => void sign()}>
            {busy && calls.length > 1 ? `Confirm in your wallet (${signing.prompt} of ${calls.length})…` : busy ? 'Confirm in your wallet…' : signButtonLabel(calls.length)}
          </Button>
        </>
      )}
    </section>
  )
}
