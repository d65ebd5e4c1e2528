import type { Network } from '@/lib/chain/networks'
import type { ManifestResult } from '@/lib/manifest/types'
import { LiveManifest } from './LiveManifest'
import { ManifestSection } from './ManifestSection'

type Props = { network: Network; url: string; result: Promise<ManifestResult | null> }

/**
 * The server's check of the provider's manifest, awaited inside its own Suspense boundary so the rest of the page
 * never waits for it. A settled result renders here and ships no script; one still pending (or a failed check)
 * hands over to the browser, which asks the check route until it settles.
 */
export async function ServerManifest({ network, url, result }: Props) {
  const settled = await result
  if (!settled || settled.state === 'pending') return <LiveManifest network={network} url={url} initial={settled ?? undefined} />
  return <ManifestSection result={settled} />
}
