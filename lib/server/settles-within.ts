/**
 * Whether `promise` settles (either way) within `ms`. The timer is cleared as soon as it does, so a fast promise
 * leaves nothing pending; a rejection is left for whoever awaits the promise itself.
 */
export function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)))
  const settled = promise.then(
    () => true,
    () => true,
  )
  return Promise.race([settled, late]).finally(() => clearTimeout(timer))
}
