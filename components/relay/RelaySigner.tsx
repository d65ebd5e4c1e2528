'use client'

import { useFormatter, useTranslations } from 'next-intl'
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
  const format = useFormatter()
  const party = parties ? (parties.find((p) => p.address.toLowerCase() === verified.signer.toLowerCase()) ?? null) : undefined
  const lookalikes = party && parties ? signerLookalikes(party, parties) : []
  const note = signedOnNote(verified.chainId, network, t)
  const signedAt = new Date(verified.signedAt)
  const facts = signatureFacts(verified.calls.map((c) => c.call), t)
  return (
    <section aria-labelledby="relay-signer-title" data-testid={RELAY_TEST_IDS.signer} data-signer={verified.signer} className="space-y-3 rounded-xl bg-white p-4 text-sm ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800">
      <h2 id="relay-signer-title" className="font-semibold">
        {t.rich('relay.signer.signedBy', {
          who: party ? formatCredentials(party) : verified.signer,
          name: (chunks) => (
            <span className="font-mono" data-testid="relay-signer-name">
              {chunks}
            </span>
          ),
        })}
      </h2>
      <dl className="grid gap-2 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <dt className={TERM}>{t('relay.signer.account')}</dt>
          <dd>
            <AddressTag address={verified.signer} explorerUrl={explorerAddressUrl(network, verified.signer)} full />
          </dd>
        </div>
        <div className="sm:col-span-2">
          <dt className={TERM}>{t('relay.signer.identity', { network: network.name })}</dt>
          <dd data-testid="relay-signer-party">
            {party === undefined && !readFailed && <span className={TEXT_MUTED}>{t('relay.signer.reading')}</span>}
            {party === undefined && readFailed && <span className={TEXT_MUTED}>{t('relay.signer.readFailed')}</span>}
            {party === null && <span>{t('relay.signer.notListed')}</span>}
            {party && (
              <span>
                {t.rich('relay.signer.listed', {
                  credentials: formatCredentials(party),
                  roles: rolesText(party.roles, t),
                  b: (chunks) => <strong className="font-mono">{chunks}</strong>,
                  node: () => (
                    <span className="font-mono">
                      <UntrustedText value={party.nodeDomain} max={60} empty={t('relay.signer.noDomain')} />
                    </span>
                  ),
                })}
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt className={TERM}>{t('relay.signer.preparedOn')}</dt>
          <dd data-testid="relay-signed-on" data-elsewhere={note.elsewhere}>
            {note.text}
          </dd>
        </div>
        <div>
          <dt className={TERM}>{t('relay.signer.signed')}</dt>
          <dd>
            {Number.isNaN(signedAt.getTime())
              ? t('relay.signer.signedAtUnclear')
              : t('relay.signer.signedAt', { at: format.dateTime(signedAt, { dateStyle: 'medium', timeStyle: 'long', timeZone: 'UTC' }) })}
          </dd>
        </div>
      </dl>
      {lookalikes.length > 0 && (
        <p role="alert" data-testid="relay-signer-lookalike" className={`[overflow-wrap:anywhere] ${NOTICE.danger}`}>
          {t.rich('relay.signer.lookalike', {
            credentials: formatCredentials(party!),
            others: lookalikes.map((other) => `${formatCredentials(other)} (${other.address})`).join(', '),
            b: (chunks) => <strong>{chunks}</strong>,
          })}
        </p>
      )}
      <div className={NOTICE.warning}>
        <p className="font-semibold">{t('relay.signer.allows')}</p>
        <ul data-testid="relay-facts" className="mt-1 list-disc space-y-1 pl-5">
          {facts.map((fact) => (
            <li key={fact}>{fact}</li>
          ))}
        </ul>
      </div>
    </section>
  )
}
