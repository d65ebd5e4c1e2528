'use client'

import { useTranslations } from 'next-intl'
import { explorerAddressUrl, type Network } from '@/lib/chain/networks'
import { formatCredentials } from '@/lib/ocn/codecs'
import type { Party } from '@/lib/ocn/reads'
import { signedOnNote } from '@/lib/relay/signed-on'
import { signerLookalikes } from '@/lib/relay/signer-lookalikes'
import { signatureFacts } from '@/lib/signing/facts'
import { RELAY_TEST_IDS, type VerifiedRequest } from '@/lib/signing/types'
import { rolesText } from '@/lib/writes/identity-text'
import { AddressTag } from '@/components/ui/AddressTag'
import { UntrustedText } from '@/components/ui/UntrustedText'
import { NOTICE, TEXT_MUTED } from '@/components/ui/styles'

type Props = {
  network: Network
  verified: VerifiedRequest
  /** Every listed party as of now; undefined while they are read. */
  parties: readonly Party[] | undefined
  readFailed: boolean
}

const TERM = 'text-xs font-semibold uppercase tracking-wide text-slate-500'

/** Who signed, as the signatures prove it and the chain lists it: never a name the document brings. */
export function RelaySigner({ network, verified, parties, readFailed }: Props) {
  const t = useTranslations()
  const party = parties ? (parties.find((p) => p.address.toLowerCase() === verified.signer.toLowerCase()) ?? null) : undefined
  const lookalikes = party && parties ? signerLookalikes(party, parties) : []
  const note = signedOnNote(verified.chainId, network, t)
  const signedAt = new Date(verified.signedAt)
  const facts = signatureFacts(verified.calls.map((c) => c.call), t)
  return (
    <section aria-labelledby="relay-signer-title" data-testid={RELAY_TEST_IDS.signer} data-signer={verified.signer} className="space-y-3 rounded-xl bg-white p-4 text-sm ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800">
      <h2 id="relay-signer-title" className="font-semibold">
        Signed by{' '}
        <span className="font-mono" data-testid="relay-signer-name">
          {party ? formatCredentials(party) : verified.signer}
        </span>
      </h2>
      <dl className="grid gap-2 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <dt className={TERM}>Signer&apos;s account (recovered from every signature)</dt>
          <dd>
            <AddressTag address={verified.signer} explorerUrl={explorerAddressUrl(network, verified.signer)} full />
          </dd>
        </div>
        <div className="sm:col-span-2">
          <dt className={TERM}>Its OCN identity on {network.name}</dt>
          <dd data-testid="relay-signer-party">
            {party === undefined && !readFailed && <span className={TEXT_MUTED}>Reading the Registry…</span>}
            {party === undefined && readFailed && <span className={TEXT_MUTED}>The Registry could not be read: its listing is not known.</span>}
            {party === null && <span>Not listed as an OCPI party: this account is known by its address only.</span>}
            {party && (
              <span>
                The OCPI party <strong className="font-mono">{formatCredentials(party)}</strong> ({rolesText(party.roles, t)}), on the node{' '}
                <span className="font-mono">
                  <UntrustedText value={party.nodeDomain} max={60} empty="(none)" />
                </span>
                .
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt className={TERM}>Prepared on</dt>
          <dd data-testid="relay-signed-on" data-elsewhere={note.elsewhere}>
            {note.text}
          </dd>
        </div>
        <div>
          <dt className={TERM}>Signed</dt>
          <dd>
            {Number.isNaN(signedAt.getTime()) ? 'at a time the document does not say clearly' : signedAt.toUTCString()}, as the document says; the signatures
            themselves carry no date and never expire.
          </dd>
        </div>
      </dl>
      {lookalikes.length > 0 && (
        <p role="alert" data-testid="relay-signer-lookalike" className={`[overflow-wrap:anywhere] ${NOTICE.danger}`}>
          <strong>Credentials that read like another party&apos;s.</strong> {formatCredentials(party!)} is easy to mistake for{' '}
          {lookalikes.map((other) => `${formatCredentials(other)} (${other.address})`).join(', ')}. Check that the signer&apos;s account
          above is the one you expect before you submit.
        </p>
      )}
      <div className={NOTICE.warning}>
        <p className="font-semibold">What these signatures allow, whoever holds them</p>
        <ul data-testid="relay-facts" className="mt-1 list-disc space-y-1 pl-5">
          {facts.map((fact) => (
            <li key={fact}>{fact}</li>
          ))}
        </ul>
      </div>
    </section>
  )
}
