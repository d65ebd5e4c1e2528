import { describe, expect, it } from 'vitest'
import { describePermission, knownPermissions, MODULE, MODULES, moduleLabel, PERMISSION, PERMISSIONS, ROLE, ROLES, roleKey, roleLabel, unknownPermissionValues } from './catalog'

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
    expect(cdrsReceiver).toMatchObject({ scope: 'cdrs', direction: 'receiver', label: 'CDRs · receiver' })
    expect(cdrsReceiver.explanation).toContain('receiver interfaces')
    expect(cdrsReceiver.explanation).toContain('POST')
    expect(PERMISSIONS[7].explanation).toContain('GET /ocpi/sender')
  })

  it('marks sessions, CDRs, tokens and the catch-all permissions as personal or billing data', () => {
    const personal = PERMISSIONS.filter((p) => p.personalData).map((p) => p.index)
    expect(personal).toEqual([0, 1, 2, 5, 6, 7, 8, 11, 12])
  })

  it('shows values outside 0-16 as unknown, including 2^256-1', () => {
    expect(describePermission(8n)).toMatchObject({ known: true, permission: { name: 'FORWARD_MODULE_CDRS_RECEIVER' } })
    expect(describePermission(17n)).toEqual({ known: false, value: 17n, label: 'Unknown permission #17' })
    const max = 2n ** 256n - 1n
    expect(describePermission(max)).toEqual({ known: false, value: max, label: `Unknown permission #${max}` })
  })

  it('labels roles and modules in on-chain order, unknown values as unknown', () => {
    expect(ROLES.map((r) => r.key)).toEqual(['CPO', 'EMSP', 'HUB', 'NAP', 'NSP', 'OTHER', 'SCSP'])
    expect(MODULES.map((m) => m.key)).toEqual(['cdrs', 'chargingprofiles', 'commands', 'locations', 'sessions', 'tariffs', 'tokens'])
    expect(roleLabel(1)).toBe('e-Mobility service provider')
    expect(roleKey(6)).toBe('SCSP')
    expect(roleLabel(9)).toBe('Unknown role #9')
    expect(moduleLabel(3)).toBe('Locations')
    expect(moduleLabel(7)).toBe('Unknown module #7')
  })
})

describe('known and unknown permission values', () => {
  it('splits on-chain values into catalog permissions and unknown values, each once', () => {
    const values = [8n, 17n, 3n, 8n, 2n ** 256n - 1n, 17n]
    expect(knownPermissions(values).map((p) => p.index)).toEqual([3, 8])
    expect(unknownPermissionValues(values)).toEqual([17n, 2n ** 256n - 1n])
  })
})
