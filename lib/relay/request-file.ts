import { SIGNED_REQUEST_MAX_BYTES } from '../signing/types'

/** Why a chosen file is not read at all (too large to be a signed request), or null when it may be read. */
export function requestFileProblem(file: { name: string; size: number }): string | null {
  if (file.size === 0) return `${file.name} is empty: choose the .json file the signer sent you.`
  if (file.size > SIGNED_REQUEST_MAX_BYTES) {
    return `${file.name} is ${file.size.toLocaleString('en')} bytes; a signed request is at most ${SIGNED_REQUEST_MAX_BYTES.toLocaleString('en')} bytes. Choose the .json file the signer sent you.`
  }
  return null
}
