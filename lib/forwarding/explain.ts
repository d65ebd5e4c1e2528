import type { Translate } from '../i18n/translate'
import { permissionValueLabel } from '../ocn/catalog'
import { moduleName, requestLine } from './endpoints'
import type { Blocked, ForwardOutcome, ForwardPreview, ForwardRequest } from './preview'

/** Plain sentences for the preview: what happens to one service, and why. */

const permissionNames = (values: readonly (bigint | number)[], t: Translate) => values.map((value) => permissionValueLabel(BigInt(value), t)).join(', ')

export function requestText(request: ForwardRequest): string {
  return requestLine(request.module, request.iface, request.method)
}

export function blockedText(blocked: Blocked, request: ForwardRequest, t: Translate): string {
  if (blocked.kind === 'no-endpoint') {
    return `The node has no ${request.method} endpoint for ${moduleName(request.module, t)} on the ${request.iface} interface: the request is refused and nobody gets a copy.`
  }
  if (blocked.module === 'custom') return 'Requests to custom modules are never copied: nodes forward copies of the seven standard OCPI modules only.'
  return `${moduleName(blocked.module, t)} requests are answered by the node itself and never copied to any service, whatever its permissions.`
}

/** Why this service does or does not get a copy, in one sentence. */
export function outcomeText(outcome: ForwardOutcome, request: ForwardRequest, t: Translate): string {
  const what = `${moduleName(request.module, t)} · ${request.iface}`
  const repeats = outcome.copies > 1 ? ` It gets ${outcome.copies} copies: the agreement was made again after a revoke, and the node sends one per entry of the list.` : ''
  switch (outcome.verdict) {
    case 'copy':
      return `Gets a copy: its permission ${permissionNames(outcome.matching, t)} covers ${what}.${repeats}`
    case 'copy-revoked':
      return `Gets a copy although the agreement was revoked: OCN nodes up to 1.2.0 read the agreement list without checking it is still active, so its permission ${permissionNames(outcome.matching, t)} still applies.${repeats}`
    case 'no-match':
      return outcome.service && outcome.service.permissions.length > 0
        ? `No copy: its permissions (${permissionNames(outcome.service.permissions, t)}) do not cover ${what}.`
        : `No copy: it has no permission covering ${what}.`
    case 'withdrawn':
      return 'No copy: the service was withdrawn. The agreement stays on chain and applies again if the provider lists a service again.'
    case 'provider-unlisted':
      return `No copy: a permission covers ${what}, but the provider's party is no longer listed in the Registry, so the node has nowhere to send it.`
    case 'provider-no-node':
      return `No copy: a permission covers ${what}, but the provider's OCN node is no longer listed, so the copy cannot be routed.`
    case 'aborts':
      return 'No copy, and no later service gets one either: one of its permissions is 2^31 or more, which the node fails to read, and that ends the forwarding of this request.'
    case 'aborted':
      return 'No copy: never reached. An earlier service in the agreement list has a permission the node fails to read, which ended the forwarding.'
  }
}

/** The headline: "When DE*MSP sends PUT /ocpi/receiver/2.2/sessions, 2 services get a copy." */
export function headline(sender: string, preview: ForwardPreview): string {
  const sends = `When ${sender} sends ${requestText(preview.request)}`
  const receivers = preview.outcomes.filter((o) => o.copies > 0).length
  if (receivers === 0) return `${sends}, no service gets a copy.`
  return `${sends}, ${receivers === 1 ? 'this service gets a copy' : `these ${receivers} services get a copy`}:`
}
