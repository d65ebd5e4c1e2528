import { formatCredentials } from '../ocn/codecs'
import { lookalikeKey } from '../ocn/lookalikes'
import type { Party } from '../ocn/reads'

/**
 * Other listed parties whose credentials read like the signer's (`NL*CP0` beside `NL*CPO`): a request signed by
 * the lookalike would otherwise pass for the party a submitter expects. The Registry keeps credentials unique,
 * so only a different spelling can resemble them.
 */
export function signerLookalikes(signer: Party, parties: readonly Party[]): Party[] {
  const key = lookalikeKey(formatCredentials(signer))
  return parties.filter((p) => p.address.toLowerCase() !== signer.address.toLowerCase() && lookalikeKey(formatCredentials(p)) === key)
}
