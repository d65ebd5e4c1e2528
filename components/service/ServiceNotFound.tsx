import { NotFound } from '@/components/ui/NotFound'

/** No live service at an address: the 404 page on the server, and the same words after a browser read. */
export function ServiceNotFound() {
  return (
    <NotFound title="No live service at this address" links={[{ href: '/services', label: 'Browse all services' }]}>
      The address offers no OCN service on this network: it never published one, or its provider withdrew it.
    </NotFound>
  )
}
