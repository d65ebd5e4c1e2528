import type { ModulesDraft } from '@/lib/identity/party-form'
import { moduleLabel } from '@/lib/ocn/catalog'

const list = (modules: number[]) => (modules.length > 0 ? modules.map(moduleLabel).join(', ') : 'none')

/** A set of OCPI modules in one line per interface. */
export function ModulesSummary({ modules }: { modules: ModulesDraft }) {
  return (
    <dl data-testid="modules-summary" className="mt-1 grid grid-cols-[auto_1fr] gap-x-2">
      <dt className="font-medium">Sender</dt>
      <dd>{list(modules.sender)}</dd>
      <dt className="font-medium">Receiver</dt>
      <dd>{list(modules.receiver)}</dd>
    </dl>
  )
}
