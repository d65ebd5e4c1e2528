import { type Abi, type Address, type ContractFunctionArgs, type ContractFunctionName, type ContractFunctionReturnType, encodeFunctionData, type Hex } from 'viem'
import { permissionsAbi, registryAbi } from './abi'

/**
 * Every contract call the app makes, named through the ABI's own types: a misspelt function or a wrong argument
 * fails the typecheck, and a read's result comes back typed from the ABI rather than from a hand-written tuple.
 */

export type RegistryAbi = typeof registryAbi
export type PermissionsAbi = typeof permissionsAbi

type ReadMutability = 'pure' | 'view'
type WriteMutability = 'nonpayable' | 'payable'

export type ReadName<abi extends Abi> = ContractFunctionName<abi, ReadMutability>
export type ReadArgs<abi extends Abi, F extends ReadName<abi>> = ContractFunctionArgs<abi, ReadMutability, F>
export type ReadResult<abi extends Abi, F extends ReadName<abi>> = ContractFunctionReturnType<abi, ReadMutability, F>

export type WriteName<abi extends Abi> = ContractFunctionName<abi, WriteMutability>
export type WriteArgs<abi extends Abi, F extends WriteName<abi>> = ContractFunctionArgs<abi, WriteMutability, F>

/** One view call, as viem's readContract and multicall take it. */
export type ReadCall<abi extends Abi, F extends ReadName<abi>, A extends ReadArgs<abi, F>> = {
  address: Address
  abi: abi
  functionName: F
  args: A
}

/** One transaction's call, as the wallet signs it. */
export type ContractWriteRequest<
  abi extends Abi,
  F extends WriteName<abi> = WriteName<abi>,
  A extends WriteArgs<abi, F> = WriteArgs<abi, F>,
> = {
  address: Address
  abi: abi
  functionName: F
  args: A
}

/** The requests of one contract, one member per function, so narrowing on functionName narrows the args. */
type WriteRequestsOf<abi extends Abi> = { [F in WriteName<abi>]: ContractWriteRequest<abi, F> }[WriteName<abi>]

export type RegistryWriteRequest = WriteRequestsOf<RegistryAbi>
export type PermissionsWriteRequest = WriteRequestsOf<PermissionsAbi>

/** Any write the marketplace can send: a call of the Registry's or of the Permissions contract's. */
export type OcnWriteRequest = RegistryWriteRequest | PermissionsWriteRequest

/**
 * Which contract a request calls, told by its ABI (the builders below share the one ABI object). viem types a call
 * of one ABI, so a write is handed to it as a call of the one contract or of the other.
 */
export function isRegistryWrite(request: OcnWriteRequest): request is RegistryWriteRequest {
  return request.abi === registryAbi
}

/** The calldata a transaction to `request.address` carries: for sending a write without a wallet (seeds, tests). */
export function encodeWrite(request: OcnWriteRequest): Hex {
  return isRegistryWrite(request) ? encodeFunctionData(request) : encodeFunctionData(request)
}

/** Where the two contracts live: a network and a read context both say it. */
type RegistryAt = { registry: Address }
type PermissionsAt = { permissions: Address }

/**
 * The typed builders of one contract's calls. The function name and arguments are generic per call, so each
 * call keeps its own literal types (and a misspelt name fails), while the ABI and the address are the contract's.
 */
function callsOf<abi extends Abi, At>(abi: abi, addressOf: (at: At) => Address) {
  return {
    read: <const F extends ReadName<abi>, const A extends ReadArgs<abi, F>>(at: At, functionName: F, args: A): ReadCall<abi, F, A> => ({
      address: addressOf(at),
      abi,
      functionName,
      args,
    }),
    write: <const F extends WriteName<abi>, const A extends WriteArgs<abi, F>>(at: At, functionName: F, args: A): ContractWriteRequest<abi, F, A> => ({
      address: addressOf(at),
      abi,
      functionName,
      args,
    }),
  }
}

const registryCalls = callsOf(registryAbi, (at: RegistryAt) => at.registry)
const permissionsCalls = callsOf(permissionsAbi, (at: PermissionsAt) => at.permissions)

export const registryRead = registryCalls.read
export const permissionsRead = permissionsCalls.read
export const registryWrite = registryCalls.write
export const permissionsWrite = permissionsCalls.write
