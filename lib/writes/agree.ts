import type { Address } from 'viem'
import type { Translate } from '../i18n/translate'
import type { Network } from '../chain/networks'
import { formatCredentials } from '../ocn/codecs'
import type { Party, Service } from '../ocn/reads'
import { cleanText } from '../ocn/untrusted'
import { agreementRequest } from '../ocn/writes'
import type { WriteAction } from './action'
import { permissionFlows } from './data-flow'
import { agreementKey } from '../tx/action-keys'

/** The statements the agree review lists under "What agreeing means on chain". */
export const AGREEMENT_LIMITS = [
  "You agree with the provider, not with today's list: the provider can change its permissions later without asking you again.",
  'If the provider withdraws its service, your agreement stays on chain, and it is active again at once if the provider lists a service again.',
  'You can revoke later; OCN nodes up to version 1.2 keep forwarding until the provider deletes its service.',
]

/**
 * `termsUrl`: the provider's terms (from its manifest) the party ticked as read in the review; part of what it
 * signed off on, so the summary records it. Absent when the manifest states no terms or the box is not ticked.
 */
type Input = { user: Address; party: Party; provider: Party; service: Service; termsUrl?: string | null }

/** The summary's record of the terms the party confirmed it read before agreeing. */
export function termsConfirmation(termsUrl: string): string {
  return `You confirmed reading the provider's terms at ${cleanText(termsUrl, 500).text}.`
}

/** A party agrees to a provider's service: its node then copies the listed requests to the provider. */
export function agreeAction(network: Network, { user, party, provider, service, termsUrl }: Input, t: Translate): WriteAction {
  const from = formatCredentials(party)
  const to = formatCredentials(provider)
  const key = agreementKey('agree', user, service.provider)
  return {
    key,
    steps: [{ label: 'Agree on chain (createAgreement)', request: agreementRequest(network, 'createAgreement', service.provider), key }],
    summary: {
      title: `Agree to ${cleanText(service.name, 80).text || '(no name)'} by ${to}`,
      changes: [`${from} agrees with ${to} on chain (createAgreement).`, ...(termsUrl ? [termsConfirmation(termsUrl)] : [])],
      dataFlow: [
        ...permissionFlows(service.permissions, from, to, t),
        `Copies reach ${to} through its OCN node (${cleanText(provider.nodeDomain, 80).text || 'none listed'}).`,
      ],
      notDone: AGREEMENT_LIMITS,
    },
  }
}
