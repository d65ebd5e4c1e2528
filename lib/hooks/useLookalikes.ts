'use client'

import { useEffect, useState } from 'react'
import type { LookalikeReport } from '@/lib/ocn/lookalikes'
import type { Service } from '@/lib/ocn/reads'

type Computed = { services: readonly Service[] | undefined; report: LookalikeReport }

/**
 * The lookalikes of a catalog the browser read itself (a custom RPC), over the whole catalog. The confusables
 * data (about 30 KiB gzip) loads only then; the last report is shown while a refreshed catalog is compared.
 */
export function useLookalikes(services: readonly Service[] | undefined): LookalikeReport {
  const [computed, setComputed] = useState<Computed>({ services: undefined, report: {} })
  useEffect(() => {
    if (services === undefined) return
    let current = true
    void import('@/lib/ocn/lookalikes').then(({ findLookalikes }) => {
      if (current) setComputed({ services, report: findLookalikes(services) })
    })
    return () => {
      current = false
    }
  }, [services])
  return computed.report
}
