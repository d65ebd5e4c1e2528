import type { Address } from 'viem'
import { type ReadContext, readAll, unique } from '../ocn/batch'
import { permissionsRead } from '../ocn/calls'
import { type Party, readParty, readServicesOf, type Service } from '../ocn/reads'
import type { ForwardInputs, ForwardProvider } from './preview'

const providerOf = (service: Service): ForwardProvider => ({ name: service.name, permissions: service.permissions, party: service.party })

/** The inputs for one sender from what is already read: its raw list, its active providers and the live services by provider. */
export function forwardInputsOf(
  sender: Party,
  agreementList: readonly Address[],
  active: readonly Address[],
  serviceOf: (provider: Address) => Service | null | undefined,
): ForwardInputs {
  const services: Partial<Record<Address, ForwardProvider>> = {}
  for (const provider of unique(agreementList)) {
    const service = serviceOf(provider)
    if (service) services[provider] = providerOf(service)
  }
  return { sender, agreementList, active, services }
}

/**
 * One party's inputs read from a browser's RPC (the connected party on /agreements, a custom RPC): two rounds
 * through the batch helpers. The node reads getUserAgreementsByOcpi, which is the party's own list
 * (`providersOf[user]`, revoked and repeated providers kept): it is read here as getUserAgreementsByAddress, its
 * twin by address, since the party is already resolved; readAgreements drops the revoked entries and the repeats,
 * and the preview needs both (a revoked agreement is still forwarded, a repeated one twice).
 */
export async function readForwardInputs(ctx: ReadContext, address: Address): Promise<ForwardInputs | null> {
  const [[list], sender] = await Promise.all([readAll(ctx, [permissionsRead(ctx, 'getUserAgreementsByAddress', [address])]), readParty(ctx, address)])
  if (!sender) return null
  const providers = unique(list)
  const [active, services] = await Promise.all([
    readAll(ctx, providers.map((p) => permissionsRead(ctx, 'hasUserAgreementByAddress', [address, p]))),
    readServicesOf(ctx, providers),
  ])
  return forwardInputsOf(
    sender,
    list,
    providers.filter((_, i) => active[i]),
    (provider) => services[providers.indexOf(provider)],
  )
}
