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
    return t('forwarding.explain.noEndpoint', { method: request.method, module: moduleName(request.module, t), iface: request.iface })
  }
  if (blocked.module === 'custom') return t('forwarding.explain.custom')
  return t('forwarding.explain.answeredByNode', { module: moduleName(blocked.module, t) })
}

/** Why this service does or does not get a copy, in one sentence (two when the node sends it several). */
export function outcomeText(outcome: ForwardOutcome, request: ForwardRequest, t: Translate): string {
  const what = t('forwarding.explain.what', { module: moduleName(request.module, t), iface: request.iface })
  const repeats = outcome.copies > 1 ? ` ${t('forwarding.explain.repeats', { count: outcome.copies })}` : ''
  switch (outcome.verdict) {
    case 'copy':
      return t('forwarding.explain.copy', { permissions: permissionNames(outcome.matching, t), what }) + repeats
    case 'copy-revoked':
      return t('forwarding.explain.copyRevoked', { permissions: permissionNames(outcome.matching, t) }) + repeats
    case 'no-match':
      return outcome.service && outcome.service.permissions.length > 0
        ? t('forwarding.explain.noMatch', { permissions: permissionNames(outcome.service.permissions, t), what })
        : t('forwarding.explain.noPermission', { what })
    case 'withdrawn':
      return t('forwarding.explain.withdrawn')
    case 'provider-unlisted':
      return t('forwarding.explain.providerUnlisted', { what })
    case 'provider-no-node':
      return t('forwarding.explain.providerNoNode', { what })
    case 'aborts':
      return t('forwarding.explain.aborts')
    case 'aborted':
      return t('forwarding.explain.aborted')
  }
}

/** The headline: "When DE*MSP sends PUT /ocpi/receiver/2.2/sessions, 2 services get a copy." */
export function headline(sender: string, preview: ForwardPreview, t: Translate): string {
  const receivers = preview.outcomes.filter((o) => o.copies > 0).length
  return t('forwarding.explain.headline', { sender, request: requestText(preview.request), receivers })
}
