import type { Permission } from '@/lib/ocn/catalog'
import { exampleRequest } from '@/lib/ocn/ocpi-examples'

function examples(permission: Permission): string[] {
  if (permission.scope !== 'all') return [exampleRequest(permission.scope, permission.direction === 'sender' ? 'sender' : 'receiver')]
  const directions = permission.direction === 'both' ? (['sender', 'receiver'] as const) : [permission.direction]
  return directions.map((d) => exampleRequest('cdrs', d)).concat(directions.map((d) => exampleRequest('sessions', d)))
}

export function PermissionDetail({ permission, count = 1 }: { permission: Permission; count?: number }) {
  return (
    <li data-testid="permission-detail" className="rounded-xl bg-white p-4 ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h3 className="font-semibold">{permission.label}</h3>
        <code className="text-xs text-slate-500">
          #{permission.index} {permission.name}
        </code>
        {count > 1 && (
          <span className="text-xs text-slate-600 dark:text-slate-400" title={`Listed ${count} times on chain; it counts once`}>
            ×{count}
          </span>
        )}
      </div>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{permission.explanation}</p>
      <p className="mt-2 text-xs text-slate-500">
        For example {examples(permission).map((e, i) => (
          <span key={e}>
            {i > 0 && ', '}
            <code className="rounded bg-slate-100 px-1 py-0.5 dark:bg-slate-800">{e}</code>
          </span>
        ))}
      </p>
      {permission.personalData && (
        <p className="mt-2 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950/50 dark:text-amber-200">
          Personal or billing data: these requests can carry driver tokens, energy use, charging locations or prices
          paid. Check that the provider may process them under your contracts and the GDPR.
        </p>
      )}
    </li>
  )
}
