'use client'

import { useEffect, useState } from 'react'
import type { LookalikeReport } from '@/lib/ocn/lookalikes'
import type { Service } from '@/lib/ocn/reads'

type Computed = { services: readonly Service[]; report: LookalikeReport }

const NONE: Computed = { services: [], report: {} }

/**
 * The catalog's lookalikes. The server computes them for the first render; the browser loads the confusables
 * data (about 30 KiB gzip) only when the catalog changes after a refresh, or when the browser read the catalog
 * itself (a custom RPC: `initial` is null), and shows the last report meanwhile.
 */
export function useLookalikes(services: readonly Service[], initialOrNull: Computed | null): LookalikeReport {
  const initial = initialOrNull ?? NONE
  const [computed, setComputed] = useState<Computed>(initial)
  useEffect(() => {
    if (services === initial.services) return
    let current = true
    void import('@/lib/ocn/lookalikes').then(({ findLookalikes }) => {
      if (current) setComputed({ services, report: findLookalikes(services) })
    })
    return () => {
      current = false
    }
  }, [services, initial.services])
  return services === initial.services ? initial.report : computed.report
}
