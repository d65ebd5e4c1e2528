import { NotFound } from '@/components/ui/NotFound'

/** No listed party for an id: the 404 page on the server, and the same words after a browser read. */
export function PartyNotFound() {
  return (
    <NotFound title="No listed party here" links={[{ href: '/registry', label: 'Browse the Registry' }]}>
      Nothing in the Registry matches this address or these credentials (use a 0x… address or a form like DE-MSP).
    </NotFound>
  )
}
