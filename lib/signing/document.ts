import '../zod-jitless'
import { getAddress, isAddress, maxUint256 } from 'viem'
import { z } from 'zod'
import { MODULES, ROLES } from '../ocn/catalog'
import { validateCountryCode, validatePartyId } from '../ocn/codecs'
import {
  RELAY_FRAGMENT_KEY,
  RELAY_PATH,
  SIGNED_REQUEST_FORMAT,
  SIGNED_REQUEST_MAX_BYTES,
  SIGNED_REQUEST_MAX_CALLS,
  type SignedRequest,
} from './types'

/**
 * The signed request as a document: what a signer downloads or copies, and what the relay page accepts from a
 * paste, a file or a link. Whatever arrives is untrusted: it is parsed strictly (no unknown fields, bounded
 * strings and arrays, numbers in range) and every refusal names the field, so the person holding it can tell the
 * signer what is wrong. Signatures are checked afterwards (verify.ts), against the parameters parsed here.
 */

export type ParsedRequest = { ok: true; request: SignedRequest } | { ok: false; reason: string }

/** Bounds of the write forms (lib/provider/service-form, lib/identity/party-form), so a document holds nothing the app would not send. */
const MAX_NAME_CHARS = 80
const MAX_URL_LENGTH = 2_048
const MAX_PERMISSIONS = 64

/** EIP-55: all one case carries no checksum; mixed case must be the checksum, so a mistyped letter is caught. */
const isAddressText = (text: string) => isAddress(text, { strict: false }) && (/^0x[0-9A-F]{40}$/.test(text) || isAddress(text, { strict: true }))

const address = z
  .string()
  .refine(isAddressText, { message: 'must be an Ethereum address (0x and 40 hex digits, checksum case or all one case)' })
  .transform((text) => getAddress(text))

const enumIndexes = (what: string, count: number, min: number) =>
  z
    .array(z.number().int().min(0).max(count - 1, { message: `must be ${what} numbers 0 to ${count - 1}` }), { message: `must be a list of ${what} numbers` })
    .min(min, { message: `must list at least ${min} ${what}` })
    .max(count, { message: `must list at most ${count} ${what}s` })

const roles = enumIndexes('role', ROLES.length, 1)
const modules = enumIndexes('module', MODULES.length, 0)

const credential = (check: (text: string) => string | null) =>
  z.string().superRefine((text, ctx) => {
    const problem = check(text)
    if (problem) ctx.addIssue({ code: 'custom', message: problem })
  })

const permission = z
  .string()
  .regex(/^(0|[1-9][0-9]{0,77})$/, { message: 'must be whole numbers written in decimal, as strings' })
  .refine((text) => BigInt(text) <= maxUint256, { message: 'must fit a uint256' })

const boundedText = (max: number, unit: string) =>
  z.string().refine((text) => [...text].length <= max, { message: `must be at most ${max} ${unit}` })

const rawCall = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('setNode'), operator: address, domain: boundedText(MAX_URL_LENGTH, 'characters').refine((d) => d.length > 0, { message: 'must not be empty (the contract refuses an empty domain)' }) }),
    z.strictObject({ kind: z.literal('deleteNode'), operator: address }),
    z.strictObject({
      kind: z.literal('setParty'),
      party: address,
      countryCode: credential(validateCountryCode),
      partyId: credential(validatePartyId),
      roles,
      operator: address,
    }),
    z.strictObject({ kind: z.literal('setPartyModules'), party: address, sender: modules, receiver: modules }),
    z.strictObject({ kind: z.literal('deleteParty'), party: address }),
    z.strictObject({
      kind: z.literal('setService'),
      name: boundedText(MAX_NAME_CHARS, 'characters'),
      url: boundedText(MAX_URL_LENGTH, 'characters'),
      permissions: z.array(permission).min(1, { message: 'must list at least one permission (the contract refuses none)' }).max(MAX_PERMISSIONS, { message: `must list at most ${MAX_PERMISSIONS} permissions` }),
    }),
    z.strictObject({ kind: z.literal('deleteService'), provider: address }),
    z.strictObject({ kind: z.literal('createAgreement'), provider: address }),
    z.strictObject({ kind: z.literal('revokeAgreement'), provider: address }),
  ],
  { message: 'must be one of setNode, deleteNode, setParty, setPartyModules, deleteParty, setService, deleteService, createAgreement, revokeAgreement' },
)

const signedRequest = z.strictObject({
  format: z.literal(SIGNED_REQUEST_FORMAT, { message: `must be "${SIGNED_REQUEST_FORMAT}"` }),
  version: z.literal(1, { message: 'must be 1 (the only version this app reads)' }),
  chainId: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  signer: address,
  calls: z
    .array(z.strictObject({ call: rawCall, signature: z.string().regex(/^0x[0-9a-fA-F]{130}$/, { message: 'must be a 65-byte signature (0x and 130 hex digits)' }) }))
    .min(1, { message: 'must hold at least one signed call' })
    .max(SIGNED_REQUEST_MAX_CALLS, { message: `must hold at most ${SIGNED_REQUEST_MAX_CALLS} signed calls` }),
  signedAt: z.iso.datetime({ offset: true, message: 'must be a date and time in ISO 8601 (for example 2026-11-26T13:45:00Z)' }),
})

/** The document a signer keeps or sends: pretty JSON, one trailing newline. */
export function serializeSignedRequest(request: SignedRequest): string {
  return `${JSON.stringify(request, null, 2)}\n`
}

export function parseSignedRequest(text: string): ParsedRequest {
  const bytes = new TextEncoder().encode(text).length
  if (bytes > SIGNED_REQUEST_MAX_BYTES) return { ok: false, reason: `This document is ${bytes} bytes; a signed request is at most ${SIGNED_REQUEST_MAX_BYTES}.` }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { ok: false, reason: 'This is not JSON: paste the whole signed request, from { to }.' }
  }
  const parsed = signedRequest.safeParse(json)
  if (!parsed.success) return { ok: false, reason: describeIssue(parsed.error.issues[0], json) }
  return { ok: true, request: parsed.data as SignedRequest }
}

function describeIssue(issue: z.core.$ZodIssue, json: unknown): string {
  const field = issue.path.length ? issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') : 'the document'
  if (issue.code === 'unrecognized_keys') return `${field === 'the document' ? 'The document' : field} has fields a signed request does not have: ${issue.keys.join(', ')}.`
  if (issue.code === 'invalid_type' && valueAt(json, issue.path) === undefined) return `${field} is missing.`
  if (issue.code === 'invalid_type') return `${field} must be ${issue.expected === 'object' ? 'an object' : `a ${issue.expected}`}.`
  // The credential checks speak whole sentences (lib/ocn/codecs); the schema's own messages complete the field name.
  return issue.message.endsWith('.') ? `${field}: ${issue.message}` : `${field} ${issue.message}.`
}

function valueAt(json: unknown, path: readonly PropertyKey[]): unknown {
  let value = json
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined
    value = (value as Record<PropertyKey, unknown>)[key]
  }
  return value
}

/** base64url of UTF-8, without padding: what a URL fragment carries unescaped. */
function toBase64Url(text: string): string {
  let binary = ''
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64Url(encoded: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(encoded)) return null
  try {
    const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'))
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)))
  } catch {
    return null
  }
}

/**
 * The shareable link: the request rides in the fragment, which browsers never send to a server, so the bearer
 * authorization stays out of server and proxy logs.
 */
export function signedRequestLink(origin: string, request: SignedRequest): string {
  return `${origin.replace(/\/+$/, '')}${RELAY_PATH}#${RELAY_FRAGMENT_KEY}=${toBase64Url(JSON.stringify(request))}`
}

/** The largest fragment a document within SIGNED_REQUEST_MAX_BYTES can make (4 characters per 3 bytes). */
const MAX_FRAGMENT_CHARS = Math.ceil((SIGNED_REQUEST_MAX_BYTES * 4) / 3) + RELAY_FRAGMENT_KEY.length + 2

/** Reads `location.hash` of a relay link (with or without the leading #). */
export function readSignedRequestFragment(hash: string): ParsedRequest {
  if (hash.length > MAX_FRAGMENT_CHARS) return { ok: false, reason: 'This link is longer than any signed request: it was changed or is not one.' }
  const encoded = new URLSearchParams(hash.replace(/^#/, '')).get(RELAY_FRAGMENT_KEY)
  if (encoded === null || encoded === '') return { ok: false, reason: 'This link holds no signed request: ask the signer for the whole link, or paste the JSON document.' }
  const text = fromBase64Url(encoded)
  if (text === null) return { ok: false, reason: 'This link was cut or changed: its request is not readable. Ask the signer for the whole link, or paste the JSON document.' }
  return parseSignedRequest(text)
}
