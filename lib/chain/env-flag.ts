import { NetworkConfigError } from './networks'

const TRUE = ['true', '1', 'yes', 'on']
const FALSE = ['false', '0', 'no', 'off']

/**
 * A yes/no setting from the environment, in any of the spellings operators use. Anything else is a mistake
 * the operator must hear about: guessing would silently turn a feature on or off.
 */
export function booleanFlag(env: Record<string, string | undefined>, key: string, fallback: boolean): boolean {
  const raw = env[key]
  const value = raw?.trim().toLowerCase()
  if (!value) return fallback
  if (TRUE.includes(value)) return true
  if (FALSE.includes(value)) return false
  throw new NetworkConfigError(`${key} must be true or false (or 1/0, yes/no, on/off), not "${raw}".`)
}
