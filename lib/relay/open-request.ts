import { parseSignedRequest, readSignedRequestFragment } from '../signing/document'
import type { SignedRequest, VerifiedRequest } from '../signing/types'
import { verifySignedRequest } from '../signing/verify'

export type OpenedRequest = { ok: true; request: SignedRequest; verified: VerifiedRequest } | { ok: false; reason: string }

/**
 * A signed request as the relay page takes it, from a link's fragment or a pasted document: read within its
 * bounds, then every signature recovered. Nothing of it is shown, and nothing can be submitted, unless both pass.
 */
export async function openSignedRequest(source: { fragment: string } | { text: string }): Promise<OpenedRequest> {
  const parsed = 'fragment' in source ? readSignedRequestFragment(source.fragment) : parseSignedRequest(source.text)
  if (!parsed.ok) return parsed
  const checked = await verifySignedRequest(parsed.request)
  if (!checked.ok) return checked
  return { ok: true, request: parsed.request, verified: checked.verified }
}
