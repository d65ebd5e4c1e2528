import { moduleLabel, roleKey, roleLabel } from '../ocn/catalog'
import type { ModulesDraft } from '../identity/party-form'

/** How roles and modules read in a summary: labels with their OCPI keys, "none" for an empty list. */
export const rolesText = (roles: readonly number[]) => roles.map((role) => `${roleLabel(role)} (${roleKey(role)})`).join(', ') || 'none'

const moduleList = (modules: readonly number[]) => modules.map(moduleLabel).join(', ') || 'none'

export const modulesText = (modules: ModulesDraft) => `as sender: ${moduleList(modules.sender)}; as receiver: ${moduleList(modules.receiver)}`
