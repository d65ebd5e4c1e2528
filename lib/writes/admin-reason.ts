import type { Translate } from '../i18n/translate'

/**
 * The owner's reason, as the review and the confirmation show it. The admin functions take no reason, so it is
 * said plainly that nothing of it reaches the chain.
 */
export function reasonLine(reason: string, t: Translate): string {
  return t('writes.common.reason', { reason: reason.trim() })
}
