export type Params = Record<string, string | string[] | undefined> | URLSearchParams

export function param(params: Params, key: string): string {
  const value = params instanceof URLSearchParams ? params.get(key) : params[key]
  return (Array.isArray(value) ? value[0] : value) ?? ''
}

export function listParam(params: Params, key: string): string[] {
  return param(params, key)
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean)
}

/** A dynamic route segment as typed; null when it is not valid percent-encoding (`/parties/%`), which means "no such page". */
export function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment)
  } catch {
    return null
  }
}

/** A path with a segment that is not valid percent-encoding: Next fails such a dynamic route with a 500 before any page runs. */
export function hasMalformedSegment(pathname: string): boolean {
  return pathname.split('/').some((segment) => decodeSegment(segment) === null)
}
