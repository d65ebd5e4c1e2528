import { useTranslations } from 'next-intl'
import { TEXT_MUTED } from '@/components/ui/styles'

type Props = { json: string; digest: string | null }

/** The JSON to host, byte for byte what is hashed, with its download and its hash. */
export function ManifestFile({ json, digest }: Props) {
  const t = useTranslations('provider.manifest')
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h4 className="font-semibold">{t('fileTitle')}</h4>
        <a
          data-testid="manifest-download"
          download="ocn-service.json"
          // A data: URL carries the exact bytes shown and hashed; no object URL to revoke.
          href={`data:application/json;charset=utf-8,${encodeURIComponent(json)}`}
          className="rounded-lg px-3 py-1.5 text-sm font-medium ring-1 ring-slate-300 hover:bg-white dark:ring-slate-700 dark:hover:bg-slate-800"
        >
          {t('download')}
        </a>
      </div>
      <pre data-testid="manifest-json" className="max-h-72 overflow-auto rounded-lg bg-slate-100 p-3 text-xs dark:bg-slate-950">
        {json}
      </pre>
      <p className="text-sm">
        <span className={TEXT_MUTED}>{t('hash')} </span>
        <code data-testid="manifest-hash" className="break-all font-mono">
          {digest ? `sha256-${digest}` : t('computing')}
        </code>
      </p>
      <p className={`text-xs ${TEXT_MUTED}`}>{t('hostAsIs')}</p>
    </div>
  )
}
