import { useTranslations } from 'next-intl'
import type { Node } from '@/lib/ocn/reads'
import { UntrustedText } from '@/components/ui/UntrustedText'

/** A listed node whose URL other listed nodes spell differently: only one of them can be the node answering there. */
export function NodeSpellingTwins({ twins }: { twins: readonly Node[] | undefined }) {
  const t = useTranslations('registry')
  if (!twins || twins.length === 0) return null
  return (
    <div data-testid="node-spelling-twin" role="note" className="mt-2 rounded-lg bg-amber-50 px-3 py-2 text-xs text-amber-900 dark:bg-amber-950/50 dark:text-amber-200">
      <p className="font-medium">{t('twinsTitle')}</p>
      <ul className="mt-1 space-y-0.5">
        {twins.map((twin) => (
          <li key={twin.operator} className="break-all font-mono">
            <UntrustedText value={twin.domain} max={60} /> <span className="text-amber-700 dark:text-amber-300">({twin.operator})</span>
          </li>
        ))}
      </ul>
      <p className="mt-1">{t('twinsNote')}</p>
    </div>
  )
}
