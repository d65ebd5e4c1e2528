import type { Metadata } from 'next'
import { NotFound } from '@/components/ui/NotFound'

export const metadata: Metadata = { title: 'Page not found' }

export default function RootNotFound() {
  return (
    <NotFound
      title="This page does not exist"
      links={[
        { href: '/', label: 'Back to the overview' },
        { href: '/services', label: 'Browse services' },
        { href: '/registry', label: 'Parties and nodes' },
      ]}
    >
      The address may be mistyped, or the page may have moved.
    </NotFound>
  )
}
