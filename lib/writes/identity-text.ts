import type { Translate } from '../i18n/translate'
import { moduleLabel, roleKey, roleLabel } from '../ocn/catalog'
import type { ModulesDraft } from '../identity/party-form'

/** How roles and modules read in a summary: labels with their OCPI keys, "none" for an empty list. */
export const rolesText = (roles: readonly number[], t: Translate) =>
  roles.map((role) => `${roleLabel(role, t)} (${roleKey(role)})`).join(', ') || t('vocab.none')

const moduleList = (modules: readonly number[], t: Translate) => modules.map((m) => moduleLabel(m, t)).join(', ') || t('vocab.none')

export const modulesText = (modules: ModulesDraft, t: Translate) => `as sender: ${moduleList(modules.sender, t)}; as receiver: ${moduleList(modules.receiver, t)}`
