import { useFormatter, useTranslations } from 'next-intl'
import type { ModulesDraft } from '@/lib/identity/party-form'
import { moduleLabel } from '@/lib/ocn/catalog'

/** A set of OCPI modules in one line per interface. */
export function ModulesSummary({ modules }: { modules: ModulesDraft }) {
  const t = useTranslations('identity.modules')
  const translate = useTranslations()
  const format = useFormatter()
  const list = (values: number[]) => (values.length > 0 ? format.list(values.map((value) => moduleLabel(value, translate)), { type: 'unit' }) : t('none'))
  return (
    <dl data-testid="modules-summary" className="mt-1 grid grid-cols-[auto_1fr] gap-x-2">
      <dt className="font-medium">{t('sender')}</dt>
      <dd>{list(modules.sender)}</dd>
      <dt className="font-medium">{t('receiver')}</dt>
      <dd>{list(modules.receiver)}</dd>
    </dl>
  )
}
