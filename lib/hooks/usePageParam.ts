'use client'

import { useSearchParams } from 'next/navigation'
import { parsePage } from '@/lib/paging/page'

/** The page of a list the URL asks for, for lists the browser holds whole (custom RPC, wallet-only views). */
export function usePageParam(): number {
  return parsePage(new URLSearchParams(useSearchParams().toString()))
}
