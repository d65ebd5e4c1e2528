import { describe, expect, it } from 'vitest'
import { deT, enT } from '../i18n/testing'
import {
  describePermission,
  knownPermissions,
  MODULE,
  moduleData,
  MODULES,
  moduleLabel,
  PERMISSION,
  permissionExplanation,
  permissionLabel,
  permissionValueLabel,
  PERMISSIONS,
  ROLE,
  ROLES,
  roleKey,
  roleLabel,
  unknownPermissionValues,
} from './catalog'

describe('permission catalog', () => {
  it('holds the 17 OCN permissions at their on-chain indices', () => {
    expect(PERMISSIONS.map((p) => p.name)).toEqual([
      'FORWARD_ALL',
      'FORWARD_ALL_SENDER',
      'FORWARD_ALL_RECEIVER',
      'FORWARD_MODULE_LOCATIONS_SENDER',
      'FORWARD_MODULE_LOCATIONS_RECEIVER',
      'FORWARD_MODULE_SESSIONS_SENDER',
      'FORWARD_MODULE_SESSIONS_RECEIVER',
      'FORWARD_MODULE_CDRS_SENDER',
      'FORWARD_MODULE_CDRS_RECEIVER',
      'FORWARD_MODULE_TARIFFS_SENDER',
      'FORWARD_MODULE_TARIFFS_RECEIVER',
      'FORWARD_MODULE_TOKENS_SENDER',
      'FORWARD_MODULE_TOKENS_RECEIVER',
      'FORWARD_MODULE_COMMANDS_SENDER',
      'FORWARD_MODULE_COMMANDS_RECEIVER',
      'FORWARD_MODULE_CHARGINGPROFILES_SENDER',
      'FORWARD_MODULE_CHARGINGPROFILES_RECEIVER',
    ])
    PERMISSIONS.forEach((p, i) => expect(p.index).toBe(i))
  })

  it('names every permission, role and module value by the name the catalog gives it', () => {
    expect(Object.entries(PERMISSION).map(([name, value]) => [name, PERMISSIONS[Number(value)].name])).toEqual(PERMISSIONS.map((p) => [p.name, p.name]))
    expect(Object.values(ROLE).map((value) => ROLES[value].key)).toEqual(Object.keys(ROLE))
    expect(Object.keys(ROLE)).toHaveLength(ROLES.length)
    expect(Object.values(MODULE).map((value) => MODULES[value].key)).toEqual(Object.keys(MODULE))
    expect(Object.keys(MODULE)).toHaveLength(MODULES.length)
  })

  it('explains sender versus receiver: CDRS_RECEIVER is the pushes a billing service wants', () => {
    const cdrsReceiver = PERMISSIONS[Number(PERMISSION.FORWARD_MODULE_CDRS_RECEIVER)]
    expect(cdrsReceiver).toMatchObject({ scope: 'cdrs', direction: 'receiver' })
    expect(permissionLabel(cdrsReceiver, enT)).toBe('CDRs · receiver')
    expect(permissionExplanation(cdrsReceiver, enT)).toContain('receiver interfaces')
    expect(permissionExplanation(cdrsReceiver, enT)).toContain('POST')
    expect(permissionExplanation(PERMISSIONS[7], enT)).toContain('GET /ocpi/sender')
    expect(permissionLabel(cdrsReceiver, deT)).toBe('Ladedatensätze (CDRs) · Empfänger')
    expect(permissionExplanation(cdrsReceiver, deT)).toContain('Empfänger-Schnittstellen')
    expect(permissionExplanation(cdrsReceiver, deT)).toContain('POST')
  })

  it('marks sessions, CDRs, tokens and the catch-all permissions as personal or billing data', () => {
    const personal = PERMISSIONS.filter((p) => p.personalData).map((p) => p.index)
    expect(personal).toEqual([0, 1, 2, 5, 6, 7, 8, 11, 12])
  })

  it('shows values outside 0-16 as unknown, including 2^256-1', () => {
    expect(describePermission(8n)).toMatchObject({ known: true, permission: { name: 'FORWARD_MODULE_CDRS_RECEIVER' } })
    expect(describePermission(17n)).toEqual({ known: false, value: 17n })
    expect(permissionValueLabel(17n, enT)).toBe('Unknown permission #17')
    expect(permissionValueLabel(17n, deT)).toBe('Unbekannte Berechtigung #17')
    const max = 2n ** 256n - 1n
    expect(describePermission(max)).toEqual({ known: false, value: max })
    expect(permissionValueLabel(max, enT)).toBe(`Unknown permission #${max}`)
  })

  it('labels roles and modules in on-chain order, unknown values as unknown', () => {
    expect(ROLES.map((r) => r.key)).toEqual(['CPO', 'EMSP', 'HUB', 'NAP', 'NSP', 'OTHER', 'SCSP'])
    expect(MODULES.map((m) => m.key)).toEqual(['cdrs', 'chargingprofiles', 'commands', 'locations', 'sessions', 'tariffs', 'tokens'])
    expect(roleLabel(1, enT)).toBe('e-Mobility service provider')
    expect(roleKey(6)).toBe('SCSP')
    expect(roleLabel(9, enT)).toBe('Unknown role #9')
    expect(moduleLabel(3, enT)).toBe('Locations')
    expect(moduleLabel('chargingprofiles', enT)).toBe('Charging profiles')
    expect(moduleLabel(7, enT)).toBe('Unknown module #7')
    expect(roleLabel(0, deT)).toBe('Ladepunktbetreiber')
    expect(roleLabel(9, deT)).toBe('Unbekannte Rolle #9')
    expect(moduleLabel(3, deT)).toBe('Standorte')
    expect(moduleLabel(7, deT)).toBe('Unbekanntes Modul #7')
  })
})

describe('known and unknown permission values', () => {
  it('splits on-chain values into catalog permissions and unknown values, each once', () => {
    const values = [8n, 17n, 3n, 8n, 2n ** 256n - 1n, 17n]
    expect(knownPermissions(values).map((p) => p.index)).toEqual([3, 8])
    expect(unknownPermissionValues(values)).toEqual([17n, 2n ** 256n - 1n])
  })
})

describe('the vocabulary in German', () => {
  it('names every one of the 17 permissions and explains it in German, not in English', () => {
    for (const permission of PERMISSIONS) {
      expect(permissionLabel(permission, deT), permission.name).not.toBe(permissionLabel(permission, enT))
      expect(permissionExplanation(permission, deT), permission.name).toMatch(/^Ihr OCN-Knoten sendet dem Dienst eine Kopie jeder Anfrage/)
      expect(permissionExplanation(permission, deT), permission.name).not.toBe(permissionExplanation(permission, enT))
    }
    // Every label names its module and direction: no two permissions read the same.
    expect(new Set(PERMISSIONS.map((p) => permissionLabel(p, deT))).size).toBe(17)
  })

  it('names all 7 modules, and what data each carries, in German', () => {
    for (const { key } of MODULES) {
      expect(moduleLabel(key, deT), key).not.toBe(moduleLabel(key, enT))
      expect(moduleData(key, deT), key).not.toBe(moduleData(key, enT))
    }
    expect(MODULES.map((m) => moduleLabel(m.key, deT))).toEqual([
      'Ladedatensätze (CDRs)',
      'Ladeprofile',
      'Befehle',
      'Standorte',
      'Ladevorgänge',
      'Tarife',
      'Token',
    ])
  })

  it('names the roles in German where the words differ', () => {
    expect(ROLES.map((_, value) => roleLabel(value, deT))).toEqual([
      'Ladepunktbetreiber',
      'E-Mobility-Anbieter',
      'Roaming-Hub',
      'Nationaler Zugangspunkt',
      'Navigationsdienst-Anbieter',
      'Sonstige',
      'Smart-Charging-Dienstleister',
    ])
  })
})
