import { useTranslations } from 'next-intl'
import type { ModulesDraft } from '@/lib/identity/party-form'
import type { Translate } from '@/lib/i18n/translate'
import { moduleLabel } from '@/lib/ocn/catalog'

const list = (modules: number[], t: Translate) => (modules.length > 0 ? modules.map((m) => moduleLabel(m, t)).join(', ') : t('vocab.none'))

/** A set of OCPI modules in one line per interface. */
export function ModulesSummary({ modules }: { modules: ModulesDraft }) {
  const t = useTranslations()
  return (
    <dl data-testid="modules-summary" className="mt-1 grid grid-cols-[auto_1fr] gap-x-2">
      <dt className="font-medium">Sender</dt>
      <dd>{list(modules.sender, t)}</dd>
      <dt className="font-medium">Receiver</dt>
      <dd>{list(modules.receiver, t)}</dd>
    </dl>
  )
}
