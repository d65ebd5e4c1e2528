import { useTranslations } from 'next-intl'
import { permissionLabel } from '@/lib/ocn/catalog'
import type { Service } from '@/lib/ocn/reads'
import { cleanText } from '@/lib/ocn/untrusted'
import { normalizeDraft, permissionDiff, type ServiceDraft } from '@/lib/provider/service-form'

/** Old versus new before an update is signed: what parties who already agreed will start (or stop) receiving. */
export function ServiceDiff({ current, draft }: { current: Service; draft: ServiceDraft }) {
  const t = useTranslations()
  const next = normalizeDraft(draft)
  const diff = permissionDiff(current.permissions, next.permissions)
  return (
    <div data-testid="service-diff" className="space-y-2 text-sm">
      {current.name !== next.name && (
        <p>
          Name: <del className="text-red-700">{cleanText(current.name, 80).text}</del> → <ins className="text-emerald-700 no-underline">{next.name}</ins>
        </p>
      )}
      {current.url !== next.url && (
        <p className="[overflow-wrap:anywhere]">
          URL: <del className="text-red-700">{cleanText(current.url, 80).text}</del> → <ins className="text-emerald-700 no-underline">{next.url}</ins>
        </p>
      )}
      {diff.added.length > 0 && (
        <div className="rounded-lg bg-amber-50 p-3 text-amber-900 dark:bg-amber-950/40 dark:text-amber-200" data-testid="diff-added">
          <p className="font-medium">Added permissions</p>
          <ul className="list-disc pl-5">
            {diff.added.map((p) => (
              <li key={p.index}>
                {permissionLabel(p, t)} <code className="text-xs">{p.name}</code>
              </li>
            ))}
          </ul>
          <p className="mt-1">
            Parties that already agreed are not asked again: their nodes start forwarding this data to you as soon as the update is on chain.
          </p>
        </div>
      )}
      {(diff.removed.length > 0 || diff.removedUnknown.length > 0) && (
        <div className="rounded-lg bg-slate-100 p-3 dark:bg-slate-800" data-testid="diff-removed">
          <p className="font-medium">Removed permissions</p>
          <ul className="list-disc pl-5">
            {diff.removed.map((p) => (
              <li key={p.index}>
                {permissionLabel(p, t)} <code className="text-xs">{p.name}</code>
              </li>
            ))}
            {diff.removedUnknown.map((v) => (
              <li key={v.toString()}>Unknown permission #{cleanText(v.toString(), 24).text}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  )
}
