// `npx tsx scripts/seed-hostile.ts [rpcUrl]`: adds the hostile records of lib/devnet/hostile.ts to a running local
// OCN network, to see how the UI copes with untrusted on-chain data.
import { LOCAL_RPC_URL } from '../lib/chain/networks'
import { rpcAnswers } from '../lib/devnet/anvil'
import {
  HOSTILE_AGREEMENTS,
  HOSTILE_NODE_DOMAIN,
  HOSTILE_OWN_NODE_DOMAIN,
  HOSTILE_PROVIDERS,
  type HostileProviderKey,
  type HostileSummary,
} from '../lib/devnet/hostile'
import { seedHostileData } from '../lib/devnet/hostile-seed'
import { exitWithMessage } from './cli-support'

const url = process.argv[2] ?? LOCAL_RPC_URL

/** Escapes markup-free but terminal-hostile characters (bidi overrides, zero-widths) and cuts long text. */
function visible(text: string, max = 48): string {
  const escaped = text.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
  return escaped.length > max ? `${escaped.slice(0, max)}… (${text.length} chars)` : escaped
}

function describeSummary(summary: HostileSummary): string {
  const services = (Object.keys(HOSTILE_PROVIDERS) as HostileProviderKey[]).map((key) => {
    const record = HOSTILE_PROVIDERS[key]
    const { name } = record.services.at(-1)!
    return `  ${key.padEnd(19)} ${summary.providers[key]}  ${record.countryCode}*${record.partyId}  ${visible(name)}`
  })
  return [
    `Hostile records added to the local OCN network at ${url}:`,
    ...services,
    `  node ${HOSTILE_NODE_DOMAIN} operated by ${summary.nodeOperator}`,
    `  node ${visible(HOSTILE_OWN_NODE_DOMAIN)} operated by ${summary.providers.manyPermissions} (manyPermissions)`,
    `  ${HOSTILE_AGREEMENTS.user} agrees to ${HOSTILE_AGREEMENTS.providers.join(', ')}: connect as ${summary.providers[HOSTILE_AGREEMENTS.user]}`,
    `  party with unprintable credentials 0x0a0b*0x00ff01: ${summary.unprintableParty}`,
  ].join('\n')
}

async function main(): Promise<void> {
  if ((await rpcAnswers(url)) === null) throw new Error(`Nothing answers JSON-RPC at ${url}. Start the local network with npm run chain.`)
  console.log(describeSummary(await seedHostileData(url)))
}

main().catch(exitWithMessage)
