import type { Translate } from '../i18n/translate'
import type { Address } from 'viem'
import type { Network } from '../chain/networks'
import { cleanText } from '../ocn/untrusted'
import { agreementRequest } from '../ocn/writes'
import { agreementKey, revokeActionKey } from '../tx/action-keys'
import { type WriteAction } from './action'


/** One or several agreements revoked one wallet prompt at a time; each keeps its own resume key. `name` is as read. */
export function revokeAction(network: Network, user: Address, agreements: readonly { provider: Address; name: string }[], t: Translate): WriteAction {
  return {
    key: revokeActionKey(user),
    steps: agreements.map(({ provider, name }) => ({
      label: t('writes.revoke.step', { name: cleanText(name, 80).text || t('writes.common.noName') }),
      request: agreementRequest(network, 'revokeAgreement', provider),
      key: agreementKey('revoke', user, provider),
    })),
    summary: {
      title: t('writes.revoke.title', { count: agreements.length }),
      changes: [t('writes.revoke.records')],
      dataFlow: [t('writes.revoke.flow')],
      notDone: [t('writes.revoke.mayNotStop'), t('writes.revoke.noDelete')],
    },
  }
}
