import type { Translate } from '../i18n/translate'
import { SIGNED_REQUEST_MAX_BYTES } from '../signing/types'

/** Why a chosen file is not read at all (too large to be a signed request), or null when it may be read. */
export function requestFileProblem(file: { name: string; size: number }, t: Translate): string | null {
  if (file.size === 0) return t('relay.file.empty', { name: file.name })
  if (file.size > SIGNED_REQUEST_MAX_BYTES) {
    return t('relay.file.tooLarge', { name: file.name, size: file.size, max: SIGNED_REQUEST_MAX_BYTES })
  }
  return null
}
