'use client'

import { useEffect, useState } from 'react'
import type { LookalikeReport } from '@/lib/ocn/lookalikes'
import type { Service } from '@/lib/ocn/reads'

type Computed = { services: readonly Service[]; report: LookalikeReport }

/**
 * The catalog's lookalikes. The server computes them for the first render; the browser loads the confusables
 * data (about 30 KiB gzip) only when the catalog changes after a refresh, and shows the last report meanwhile.
 */
export function useLookalikes(services: readonly Service[], initial: Computed): LookalikeReport {
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
