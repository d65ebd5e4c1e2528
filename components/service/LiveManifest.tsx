'use client'

import { use } from 'react'
import type { Network } from '@/lib/chain/networks'
import { useManifestResult } from '@/lib/hooks/useManifestResult'
import type { ManifestResult } from '@/lib/manifest/types'
import { ManifestSection } from './ManifestSection'

type Props = { network: Network; url: string; initial?: Promise<ManifestResult | null> }

/** The manifest section kept current: from the server's result when there is one, else from the check route. */
export function LiveManifest({ network, url, initial }: Props) {
  const first = initial ? use(initial) : null
  return <ManifestSection check={useManifestResult(network, url, first ?? undefined)} />
}
