import { useTranslations } from 'next-intl'
import { canonicalNodeUrl } from '@/lib/ocn/node-url'

/** Exactly what setNode will store for the typed URL, and why it must match the node's own configuration. */
export function StoredNodeUrl({ typed }: { typed: string }) {
  const t = useTranslations('identity.node')
  const canonical = canonicalNodeUrl(typed)
  if (!canonical.ok) return null
  return (
    <div data-testid="node-url-preview" className="mt-2 space-y-1 text-sm text-slate-700 dark:text-slate-300">
      <p>
        {t.rich('stored', {
          url: canonical.url,
          respelled: canonical.url !== typed.trim() ? 'yes' : 'no',
          code: (chunks) => (
            <code data-testid="node-url-stored" className="break-all rounded bg-slate-100 px-1 font-mono dark:bg-slate-800">
              {chunks}
            </code>
          ),
        })}
      </p>
      <p>{t.rich('mustMatch', { code: (chunks) => <span className="font-mono">{chunks}</span> })}</p>
    </div>
  )
}
