import { useTranslations } from 'next-intl'
import { credentialsChanged, hasModules, type ModulesDraft, modulesDraftOf, type PartyDraft, sameModules } from '@/lib/identity/party-form'
import { formatCredentials } from '@/lib/ocn/codecs'
import type { Party } from '@/lib/ocn/reads'
import { ModulesSummary } from './ModulesSummary'
import { NOTICE } from '@/components/ui/styles'

type Props = {
  party: Party
  draft: PartyDraft
  /** The modules the update sends again: those of the modules step, saved or not. */
  modules: ModulesDraft
}

/** What an update does besides the obvious: setParty wipes the modules, and credentials changed in place stay reserved. */
export function PartyUpdateWarnings({ party, draft, modules }: Props) {
  const t = useTranslations('identity.party')
  return (
    <>
      <div data-testid="party-update-warning" className={NOTICE.warning}>
        {hasModules(modules) ? (
          <>
            <p>{t('wipeWithModules')}</p>
            <ModulesSummary modules={modules} />
            {!sameModules(modules, modulesDraftOf(party)) && <p className="mt-1">{t('unsavedModules')}</p>}
          </>
        ) : (
          <p>{t('wipeNoModules')}</p>
        )}
      </div>
      {credentialsChanged(draft, party) && (
        <p data-testid="credentials-change-warning" className={NOTICE.warning}>
          {t('credentialsChange', { credentials: formatCredentials(party) })}
        </p>
      )}
    </>
  )
}
