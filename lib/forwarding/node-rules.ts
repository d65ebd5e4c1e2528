import type { ModuleKey } from '../ocn/catalog'
import type { Interface } from './endpoints'

/**
 * ocn-node's permission matchers, transcribed from `enum class OcnServicePermission` in
 * src/main/kotlin/snc/openchargingnetwork/node/models/Ocn.kt (ocn-node 1.1.2): the enum's ordinal is the value
 * stored on chain, and each constant tests a request's module and interface. Kept apart from the app's own
 * permission catalog (lib/ocn/catalog.ts) on purpose: the matrix test checks one against the other.
 */
type Matcher = (module: ModuleKey, iface: Interface) => boolean

const forModule = (wanted: ModuleKey, role: Interface): Matcher => (module, iface) => module === wanted && iface === role

export const NODE_PERMISSION_MATCHERS: readonly Matcher[] = [
  () => true, // FORWARD_ALL
  (_, iface) => iface === 'sender', // FORWARD_ALL_SENDER
  (_, iface) => iface === 'receiver', // FORWARD_ALL_RECEIVER
  forModule('locations', 'sender'),
  forModule('locations', 'receiver'),
  forModule('sessions', 'sender'),
  forModule('sessions', 'receiver'),
  forModule('cdrs', 'sender'),
  forModule('cdrs', 'receiver'),
  forModule('tariffs', 'sender'),
  forModule('tariffs', 'receiver'),
  forModule('tokens', 'sender'),
  forModule('tokens', 'receiver'),
  forModule('commands', 'sender'),
  forModule('commands', 'receiver'),
  forModule('chargingprofiles', 'sender'),
  forModule('chargingprofiles', 'receiver'),
]

/** Java's Integer.MAX_VALUE: `BigInteger.intValueExact()` throws ArithmeticException above it. */
const INT_MAX = 2n ** 31n - 1n

/**
 * What `OcnServicePermission.getByIndex(index)` does with one on-chain value: `values()[index.intValueExact()]`,
 * catching only ArrayIndexOutOfBoundsException. So 0-16 is a permission, 17 to 2^31-1 is dropped (null, and
 * `mapNotNull` skips it), and 2^31 or more throws an ArithmeticException nobody catches (see preview.ts).
 */
export type NodePermission = { kind: 'permission'; index: number } | { kind: 'ignored' } | { kind: 'throws' }

export function nodePermission(value: bigint): NodePermission {
  if (value > INT_MAX) return { kind: 'throws' }
  if (value >= 0n && value < BigInt(NODE_PERMISSION_MATCHERS.length)) return { kind: 'permission', index: Number(value) }
  return { kind: 'ignored' }
}

export function permissionMatches(index: number, module: ModuleKey, iface: Interface): boolean {
  return NODE_PERMISSION_MATCHERS[index](module, iface)
}
