import Link from 'next/link'
import type { ComponentProps } from 'react'
import { prefetchFor } from '@/lib/routes/prefetch'

type Props = Omit<ComponentProps<typeof Link>, 'href' | 'prefetch'> & { href: string }

/** The app's internal link: next/link, prefetching only targets that are cheap to render (lib/routes/prefetch). */
export function AppLink({ href, ...rest }: Props) {
  return <Link href={href} prefetch={prefetchFor(href)} {...rest} />
}
