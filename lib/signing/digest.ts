import { encodePacked, type Hex, keccak256 } from 'viem'
import { encodeCountryCode, encodePartyId } from '../ocn/codecs'
import type { RawCall } from './types'

/**
 * The hash a raw function checks, exactly as the contract computes it: `keccak256(abi.encodePacked(...))` over
 * its parameters in declaration order (Registry.sol / Permissions.sol of energywebfoundation/ocn-registry). The
 * wallet then signs it as an EIP-191 personal message over these 32 bytes, which is what `ecrecover` undoes.
 *
 * Where the official library (`@shareandcharge/ocn-registry/dist/lib/sign`, web3's `soliditySha3` with guessed
 * types) disagrees with the contract, this follows the contract: the library hashes a service name or url that
 * reads as a number (`"123"`) as a uint256 and one that starts with `0x` as raw bytes, so its signature for such
 * a service does not recover to the signer on chain. Empty strings agree (both add no bytes).
 */
export function rawParamHash(call: RawCall): Hex {
  switch (call.kind) {
    case 'setNode':
      return keccak256(encodePacked(['address', 'string'], [call.operator, call.domain]))
    case 'setParty':
      return keccak256(
        encodePacked(
          ['address', 'bytes2', 'bytes3', 'uint8[]', 'address'],
          [call.party, encodeCountryCode(call.countryCode), encodePartyId(call.partyId), call.roles, call.operator],
        ),
      )
    case 'setPartyModules':
      return keccak256(encodePacked(['address', 'uint8[]', 'uint8[]'], [call.party, call.sender, call.receiver]))
    case 'setService':
      return keccak256(encodePacked(['string', 'string', 'uint256[]'], [call.name, call.url, call.permissions.map(BigInt)]))
    case 'deleteNode':
      return onlyAddress(call.operator)
    case 'deleteParty':
      return onlyAddress(call.party)
    case 'deleteService':
    case 'createAgreement':
    case 'revokeAgreement':
      return onlyAddress(call.provider)
  }
}

/** The digest of five of the nine kinds: one address, so their signatures are interchangeable (facts.ts). */
function onlyAddress(address: Hex): Hex {
  return keccak256(encodePacked(['address'], [address]))
}

/** The single address a one-address digest covers, or null for the kinds that hash more. */
export function digestAddress(call: RawCall): Hex | null {
  switch (call.kind) {
    case 'deleteNode':
      return call.operator
    case 'deleteParty':
      return call.party
    case 'deleteService':
    case 'createAgreement':
    case 'revokeAgreement':
      return call.provider
    default:
      return null
  }
}
