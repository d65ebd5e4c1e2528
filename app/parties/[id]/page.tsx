import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { type Address, getAddress, isAddress } from 'viem'
import { ServiceCard } from '@/components/catalog/ServiceCard'
import { PartyAgreements } from '@/components/registry/PartyAgreements'
import { PartyFacts } from '@/components/registry/PartyFacts'
import { ReadErrorState } from '@/components/ui/ReadErrorState'
import type { ReadContext } from '@/lib/ocn/batch'
import { encodeCountryCode, encodePartyId, formatCredentials, parseCredentials } from '@/lib/ocn/codecs'
import { readAgreements, readParty, readPartyAddressByOcpi, readService } from '@/lib/ocn/reads'
import { load } from '@/lib/server/load'
import { currentReader } from '@/lib/server/network'
import { decodeSegment } from '@/lib/url-params'

type Props = { params: Promise<{ id: string }> }

export const metadata: Metadata = { title: 'Party' }

/** A party is addressed by its OCN identity (0x…) or its OCPI credentials (DE-MSP, DE*MSP). */
async function resolveAddress(ctx: ReadContext, id: string): Promise<Address | null> {
  if (isAddress(id, { strict: false })) return getAddress(id)
  const credentials = parseCredentials(id)
  if (!credentials) return null
  return readPartyAddressByOcpi(ctx, encodeCountryCode(credentials.countryCode), encodePartyId(credentials.partyId))
}

async function readPartyPage(ctx: ReadContext, id: string) {
  const address = await resolveAddress(ctx, id)
  if (!address) return null
  const [party, service, agreements] = await Promise.all([readParty(ctx, address), readService(ctx, address), readAgreements(ctx, address)])
  return party ? { party, service, agreements } : null
}

export default async function PartyPage({ params }: Props) {
  const id = decodeSegment((await params).id)
  if (id === null) notFound()
  const { network, ctx } = await currentReader()
  const result = await load(network, () => readPartyPage(ctx, id))
  if (!result.ok) return <ReadErrorState title="This party could not be loaded" message={result.error} />
  if (!result.data) notFound()
  const { party, service, agreements } = result.data

  return (
    <article className="space-y-8">
      <header>
        <p className="text-sm text-slate-500">OCN party</p>
        <h1 className="font-mono text-2xl font-bold" data-testid="party-title">
          {formatCredentials(party)}
        </h1>
      </header>
      <PartyFacts party={party} network={network} />
      <section aria-labelledby="offers-title" className="space-y-3">
        <h2 id="offers-title" className="text-lg font-semibold">
          Service it offers
        </h2>
        {service ? <ServiceCard service={service} network={network} /> : <p className="text-sm text-slate-600 dark:text-slate-400">None.</p>}
      </section>
      <section aria-labelledby="uses-title" className="space-y-3">
        <h2 id="uses-title" className="text-lg font-semibold">
          Services it has agreed to
        </h2>
        <PartyAgreements agreements={agreements} />
      </section>
    </article>
  )
}
