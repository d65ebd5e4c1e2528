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
export function agreementLimits(t: Translate): string[] {
  return [t('writes.agree.limitList'), t('writes.agree.limitWithdraw'), t('writes.agree.limitRevoke')]
}

/**
 * `termsUrl`: the provider's terms (from its manifest) the party ticked as read in the review; part of what it
 * signed off on, so the summary records it. Absent when the manifest states no terms or the box is not ticked.
 */
type Input = { user: Address; party: Party; provider: Party; service: Service; termsUrl?: string | null }

/** The summary's record of the terms the party confirmed it read before agreeing. */
export function termsConfirmation(termsUrl: string, t: Translate): string {
  return t('writes.agree.terms', { url: cleanText(termsUrl, 500).text })
}

/** A party agrees to a provider's service: its node then copies the listed requests to the provider. */
export function agreeAction(network: Network, { user, party, provider, service, termsUrl }: Input, t: Translate): WriteAction {
  const from = formatCredentials(party)
  const to = formatCredentials(provider)
  const key = agreementKey('agree', user, service.provider)
  return {
    key,
    steps: [{ label: t('writes.agree.step'), request: agreementRequest(network, 'createAgreement', service.provider), key }],
    summary: {
      title: t('writes.agree.title', { name: cleanText(service.name, 80).text || t('writes.common.noName'), to }),
      changes: [t('writes.agree.change', { from, to }), ...(termsUrl ? [termsConfirmation(termsUrl, t)] : [])],
      dataFlow: [
        ...permissionFlows(service.permissions, from, to, t),
        t('writes.agree.delivery', { to, node: cleanText(provider.nodeDomain, 80).text || t('writes.common.noneListed') }),
      ],
      notDone: agreementLimits(t),
    },
  }
}
