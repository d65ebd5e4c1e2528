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
  const old = formatCredentials(party)
  return (
    <>
      <div data-testid="party-update-warning" className={NOTICE.warning}>
        {hasModules(modules) ? (
          <>
            <p>
              Every update makes the Registry wipe your party&apos;s OCPI modules. This page sets them again right after, in the same
              flow, as a second transaction to sign:
            </p>
            <ModulesSummary modules={modules} />
            {!sameModules(modules, modulesDraftOf(party)) && <p className="mt-1">These include your changes in step 3, not saved yet.</p>}
          </>
        ) : (
          <p>Every update makes the Registry wipe your party&apos;s OCPI modules. None are chosen in step 3, so one transaction is enough.</p>
        )}
      </div>
      {credentialsChanged(draft, party) && (
        <p data-testid="credentials-change-warning" className={NOTICE.warning}>
          {old} stays tied to this address on chain after the change: the Registry never releases credentials changed in place, so no
          other address could ever list {old}. If another address should take {old} over, delete your party first, then list it again
          with the new credentials.
        </p>
      )}
    </>
  )
}
