/**
 * The demo OCN network seeded on the local chain: the nodes, parties and services of the OCN demo and tutorials
 * (ocn-spec §10), plus the leftovers of a living network: a withdrawn service, a revoked agreement and a
 * repeated one, so the append-only quirks are always on screen.
 * Accounts are anvil's default test accounts, by index, so their keys are known for the dev-account wallet.
 */
export type DemoParty = {
  account: number
  countryCode: string
  partyId: string
  roles: number[]
  node: number
  modulesSender: number[]
  modulesReceiver: number[]
}

export type DemoService = { provider: number; name: string; url: string; permissions: number[] }

export type DemoStep =
  | { kind: 'agree'; user: number; provider: number }
  | { kind: 'revoke'; user: number; provider: number }
  | { kind: 'deleteService'; provider: number }

// Role and module indices (lib/ocn/catalog.ts)
const CPO = 0, EMSP = 1, HUB = 2, NSP = 4, OTHER = 5, SCSP = 6
const cdrs = 0, chargingprofiles = 1, commands = 2, locations = 3, sessions = 4, tariffs = 5, tokens = 6

export const DEPLOYER_ACCOUNT = 0
/** An account the seed never touches: no node, no party, no service. */
export const FRESH_ACCOUNT = 19
export const ACCOUNT_COUNT = 20

export const DEMO_NODES = [
  { account: 1, domain: 'http://localhost:8080' },
  { account: 2, domain: 'http://localhost:8081' },
]

const cpoSender = [cdrs, locations, sessions, tariffs]
const cpoReceiver = [commands, tokens, chargingprofiles]
const emspSender = [commands, tokens]
const emspReceiver = [cdrs, locations, sessions, tariffs]

export const DEMO_PARTIES: DemoParty[] = [
  { account: 3, countryCode: 'CH', partyId: 'CPA', roles: [CPO], node: 1, modulesSender: cpoSender, modulesReceiver: cpoReceiver },
  { account: 4, countryCode: 'CH', partyId: 'CPB', roles: [CPO], node: 1, modulesSender: cpoSender, modulesReceiver: cpoReceiver },
  { account: 5, countryCode: 'DE', partyId: 'CPO', roles: [CPO], node: 2, modulesSender: cpoSender, modulesReceiver: cpoReceiver },
  { account: 6, countryCode: 'NL', partyId: 'CPX', roles: [CPO], node: 2, modulesSender: cpoSender, modulesReceiver: cpoReceiver },
  { account: 7, countryCode: 'DE', partyId: 'MSP', roles: [EMSP], node: 1, modulesSender: emspSender, modulesReceiver: emspReceiver },
  { account: 8, countryCode: 'FR', partyId: 'MSP', roles: [EMSP, CPO], node: 2, modulesSender: [...emspSender, cdrs], modulesReceiver: emspReceiver },
  { account: 9, countryCode: 'DE', partyId: 'BIL', roles: [OTHER], node: 1, modulesSender: [], modulesReceiver: [cdrs] },
  { account: 10, countryCode: 'CH', partyId: 'PAY', roles: [OTHER], node: 2, modulesSender: [], modulesReceiver: [] },
  { account: 11, countryCode: 'NL', partyId: 'LOC', roles: [NSP], node: 2, modulesSender: [locations], modulesReceiver: [locations] },
  { account: 12, countryCode: 'GB', partyId: 'SCS', roles: [SCSP], node: 1, modulesSender: [chargingprofiles], modulesReceiver: [sessions] },
  { account: 13, countryCode: 'DE', partyId: 'TRF', roles: [OTHER], node: 1, modulesSender: [], modulesReceiver: [tariffs] },
  { account: 14, countryCode: 'AT', partyId: 'CO2', roles: [OTHER], node: 2, modulesSender: [], modulesReceiver: [cdrs] },
  { account: 15, countryCode: 'DE', partyId: 'HUB', roles: [HUB], node: 1, modulesSender: [cdrs, locations, sessions, tariffs, tokens, commands], modulesReceiver: [cdrs, locations, sessions, tariffs, tokens, commands] },
]

export const DEMO_SERVICES: DemoService[] = [
  { provider: 9, name: 'Roaming Billing & Invoicing', url: 'https://billing.voltbill.example/ocn', permissions: [8] },
  { provider: 10, name: 'Smart Payment', url: 'https://pay.chargepay.example/ocn/v1', permissions: [0] },
  { provider: 11, name: 'Location Data Enrichment', url: 'https://api.geocharge.example/enrich', permissions: [3, 4] },
  { provider: 12, name: 'Grid-Aware Smart Charging', url: 'https://scsp.gridflex.example/ocpi', permissions: [5, 6, 15, 16] },
  { provider: 13, name: 'Tariff Transparency Monitor', url: 'https://tariffwatch.example/ocn', permissions: [9, 10] },
  { provider: 14, name: 'CO2 Reporting', url: 'https://co2.greenledger.example/ocn', permissions: [5, 6, 7, 8] },
]

export const DEMO_STEPS: DemoStep[] = [
  // The OCN demo story: a CPO and an eMSP use the billing service.
  { kind: 'agree', user: 3, provider: 9 },
  { kind: 'agree', user: 7, provider: 9 },
  { kind: 'agree', user: 4, provider: 10 },
  { kind: 'agree', user: 8, provider: 10 },
  { kind: 'agree', user: 5, provider: 11 },
  { kind: 'agree', user: 7, provider: 11 },
  { kind: 'agree', user: 7, provider: 13 },
  // Revoked: stays in NL CPX's append-only list, but is no longer active.
  { kind: 'agree', user: 6, provider: 12 },
  { kind: 'revoke', user: 6, provider: 12 },
  // Agreed, revoked and agreed again: the provider appears twice in DE CPO's list.
  { kind: 'agree', user: 5, provider: 12 },
  { kind: 'revoke', user: 5, provider: 12 },
  { kind: 'agree', user: 5, provider: 12 },
  // Withdrawn: CH CPA's agreement survives on chain while the service is gone.
  { kind: 'agree', user: 3, provider: 14 },
  { kind: 'deleteService', provider: 14 },
]
