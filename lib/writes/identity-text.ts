import type { Translate } from '../i18n/translate'
import { moduleLabel, roleKey, roleLabel } from '../ocn/catalog'
import type { ModulesDraft } from '../identity/party-form'

/** How roles and modules read in a summary: labels with their OCPI keys, "none" for an empty list. */
export const rolesText = (roles: readonly number[], t: Translate) =>
  roles.map((role) => t('identity.party.role', { label: roleLabel(role, t), key: roleKey(role) })).join(', ') || t('vocab.none')

const moduleList = (modules: readonly number[], t: Translate) => modules.map((m) => moduleLabel(m, t)).join(', ') || t('vocab.none')

export const modulesText = (modules: ModulesDraft, t: Translate) =>
  t('identity.modulesText', { sender: moduleList(modules.sender, t), receiver: moduleList(modules.receiver, t) })
