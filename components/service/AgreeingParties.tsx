import { AppLink } from '@/components/ui/AppLink'
import { roleKey } from '@/lib/ocn/catalog'
import { formatCredentials } from '@/lib/ocn/codecs'
import type { Party } from '@/lib/ocn/reads'
import { EmptyState } from '@/components/ui/EmptyState'

export function AgreeingParties({ parties }: { parties: Party[] }) {
  if (parties.length === 0) return <EmptyState title="No party has agreed to this service yet" />
  return (
    <ul data-testid="agreeing-parties" className="divide-y divide-slate-200 rounded-xl bg-white ring-1 ring-slate-200 dark:divide-slate-800 dark:bg-slate-900 dark:ring-slate-800">
      {parties.map((party) => (
        <li key={party.address} className="flex flex-wrap items-center gap-3 px-4 py-2 text-sm">
          <AppLink href={`/parties/${party.address}`} className="font-mono font-semibold hover:underline">
            {formatCredentials(party)}
          </AppLink>
          <span className="text-slate-600 dark:text-slate-400">{party.roles.map(roleKey).join(', ')}</span>
        </li>
      ))}
    </ul>
  )
}
