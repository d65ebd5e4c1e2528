import type { Hex } from 'viem'

/**
 * Tells this app's server that one of our transactions was confirmed, so the next render reads afresh rather than
 * waiting out the shared cache's TTL. Best effort: the page refreshes either way, and a failure here is no failure
 * of the write (the cache still catches up within its TTL).
 */
export async function announceWrite(hash: Hex): Promise<void> {
  try {
    await fetch('/api/chain-writes', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ hash }) })
  } catch {
    // Offline or the server restarting: nothing the user needs to act on.
  }
}
