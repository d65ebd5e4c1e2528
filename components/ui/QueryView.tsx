'use client'

import { useTranslations } from 'next-intl'
import type { UseQueryResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { describeReadError } from '@/lib/ocn/errors'
import { ErrorDisplay } from './ErrorDisplay'

type Props<T> = {
  query: UseQueryResult<T>
  /** Shown while the first read runs; shaped like the content so the page does not jump. */
  skeleton: ReactNode
  errorTitle: string
  children: (data: T) => ReactNode
}

/** A page read's three faces: skeleton, error with retry, content. Failed refreshes keep the content shown. */
export function QueryView<T>({ query, skeleton, errorTitle, children }: Props<T>) {
  const t = useTranslations()
  if (query.data !== undefined) return children(query.data)
  if (query.isError) {
    return <ErrorDisplay title={errorTitle} message={describeReadError(query.error, t)} onRetry={() => void query.refetch()} retrying={query.isFetching} />
  }
  return skeleton
}
