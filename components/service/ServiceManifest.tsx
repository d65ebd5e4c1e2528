'use client'

import { Suspense } from 'react'
import type { Network } from '@/lib/chain/networks'
import type { ManifestResult } from '@/lib/manifest/types'
import { LiveManifest } from './LiveManifest'
import { ManifestSection } from './ManifestSection'

type Props = { network: Network; url: string; initial?: Promise<ManifestResult | null> }

const CHECKING = { result: undefined, error: null, gaveUp: false, retry: () => {} }

/**
 * The service's manifest. `initial` is the server's check, still running while the rest of the page streams: the
 * section says it is checking until it arrives. Without it (a custom RPC) the browser asks the check route.
 */
export function ServiceManifest({ network, url, initial }: Props) {
  if (!initial) return <LiveManifest network={network} url={url} />
  return (
    <Suspense fallback={<ManifestSection check={CHECKING} />}>
      <LiveManifest network={network} url={url} initial={initial} />
    </Suspense>
  )
}
