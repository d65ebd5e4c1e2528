/**
 * The demo OCN network seeded on the local chain: the nodes, parties and services of the OCN demo and tutorials
 * (ocn-spec §10), plus the leftovers of a living network: a withdrawn service, a revoked agreement and a
 * repeated one, so the append-only quirks are always on screen.
 * Accounts are anvil's default test accounts, by index, so their keys are known for the dev-account wallet.
 */
import { MODULE, PERMISSION, ROLE } from '../ocn/catalog'

export type DemoParty = {
  account: number
  countryCode: string
  partyId: string
  roles: number[]
  node: number
  modulesSender: number[]
  modulesReceiver: number[]
}

/** The demo manifests the app serves itself, from public/demo/manifests/<file>.json. */
export const DEMO_MANIFEST_FILES = ['billing', 'payment', 'location', 'smart-charging'] as const
export type DemoManifestFile = (typeof DEMO_MANIFEST_FILES)[number]

/**
 * What a demo service's on-chain URL points at. The URL is built from the origin the app is served on
 * (lib/devnet/demo-manifests.ts), so the local demo shows every manifest state out of the box:
 * - manifest: one of the app's demo manifests, its URL pinning the hash of the file as hosted (`current`), of an
 *   earlier version of it (`earlier`: "changed since committed"), or no hash at all (`null`: "unverified");
 * - no-manifest: a path on the app's origin that is not a .json document, whose origin serves no
 *   /.well-known/ocn-service.json: "no manifest";
 * - external: a URL elsewhere, never fetched by the demo.
 */
export type DemoListing =
  | { kind: 'manifest'; file: DemoManifestFile; commit: 'current' | 'earlier' | null }
  | { kind: 'no-manifest'; path: string }
  | { kind: 'external'; url: string }

export type DemoService = { provider: number; name: string; listing: DemoListing; permissions: bigint[] }

export type DemoStep =
  | { kind: 'agree'; user: number; provider: number }
  | { kind: 'revoke'; user: number; provider: number }
  | { kind: 'deleteService'; provider: number }

const { CPO, EMSP, HUB, NSP, OTHER, SCSP } = ROLE
const { cdrs, chargingprofiles, commands, locations, sessions, tariffs, tokens } = MODULE
const {
  FORWARD_ALL,
  FORWARD_MODULE_LOCATIONS_SENDER,
  FORWARD_MODULE_LOCATIONS_RECEIVER,
  FORWARD_MODULE_SESSIONS_SENDER,
  FORWARD_MODULE_SESSIONS_RECEIVER,
  FORWARD_MODULE_CDRS_SENDER,
  FORWARD_MODULE_CDRS_RECEIVER,
  FORWARD_MODULE_TARIFFS_SENDER,
  FORWARD_MODULE_TARIFFS_RECEIVER,
  FORWARD_MODULE_CHARGINGPROFILES_SENDER,
  FORWARD_MODULE_CHARGINGPROFILES_RECEIVER,
} = PERMISSION

/** The anvil accounts of the seed by what it makes of them: node operators, parties by credentials. */
export const DEMO_ACCOUNT = {
  DEPLOYER: 0,
  NODE_1: 1,
  NODE_2: 2,
  CH_CPA: 3,
  CH_CPB: 4,
  DE_CPO: 5,
  NL_CPX: 6,
  DE_MSP: 7,
  FR_MSP: 8,
  DE_BIL: 9,
  CH_PAY: 10,
  NL_LOC: 11,
  GB_SCS: 12,
  DE_TRF: 13,
  AT_CO2: 14,
  DE_HUB: 15,
  /** Never touched by the seed: no node, no party, no service. */
  FRESH: 19,
} as const

export const DEPLOYER_ACCOUNT = DEMO_ACCOUNT.DEPLOYER
/** An account the seed never touches: no node, no party, no service. */
export const FRESH_ACCOUNT = DEMO_ACCOUNT.FRESH
export const ACCOUNT_COUNT = 20

export const DEMO_NODES = [
  { account: DEMO_ACCOUNT.NODE_1, domain: 'http://localhost:8080' },
  { account: DEMO_ACCOUNT.NODE_2, domain: 'http://localhost:8081' },
]

const cpoSender = [cdrs, locations, sessions, tariffs]
const cpoReceiver = [commands, tokens, chargingprofiles]
const emspSender = [commands, tokens]
const emspReceiver = [cdrs, locations, sessions, tariffs]

export const DEMO_PARTIES: DemoParty[] = [
  { account: DEMO_ACCOUNT.CH_CPA, countryCode: 'CH', partyId: 'CPA', roles: [CPO], node: 1, modulesSender: cpoSender, modulesReceiver: cpoReceiver },
  { account: DEMO_ACCOUNT.CH_CPB, countryCode: 'CH', partyId: 'CPB', roles: [CPO], node: 1, modulesSender: cpoSender, modulesReceiver: cpoReceiver },
  { account: DEMO_ACCOUNT.DE_CPO, countryCode: 'DE', partyId: 'CPO', roles: [CPO], node: 2, modulesSender: cpoSender, modulesReceiver: cpoReceiver },
  { account: DEMO_ACCOUNT.NL_CPX, countryCode: 'NL', partyId: 'CPX', roles: [CPO], node: 2, modulesSender: cpoSender, modulesReceiver: cpoReceiver },
  { account: DEMO_ACCOUNT.DE_MSP, countryCode: 'DE', partyId: 'MSP', roles: [EMSP], node: 1, modulesSender: emspSender, modulesReceiver: emspReceiver },
  { account: DEMO_ACCOUNT.FR_MSP, countryCode: 'FR', partyId: 'MSP', roles: [EMSP, CPO], node: 2, modulesSender: [...emspSender, cdrs], modulesReceiver: emspReceiver },
  { account: DEMO_ACCOUNT.DE_BIL, countryCode: 'DE', partyId: 'BIL', roles: [OTHER], node: 1, modulesSender: [], modulesReceiver: [cdrs] },
  { account: DEMO_ACCOUNT.CH_PAY, countryCode: 'CH', partyId: 'PAY', roles: [OTHER], node: 2, modulesSender: [], modulesReceiver: [] },
  { account: DEMO_ACCOUNT.NL_LOC, countryCode: 'NL', partyId: 'LOC', roles: [NSP], node: 2, modulesSender: [locations], modulesReceiver: [locations] },
  { account: DEMO_ACCOUNT.GB_SCS, countryCode: 'GB', partyId: 'SCS', roles: [SCSP], node: 1, modulesSender: [chargingprofiles], modulesReceiver: [sessions] },
  { account: DEMO_ACCOUNT.DE_TRF, countryCode: 'DE', partyId: 'TRF', roles: [OTHER], node: 1, modulesSender: [], modulesReceiver: [tariffs] },
  { account: DEMO_ACCOUNT.AT_CO2, countryCode: 'AT', partyId: 'CO2', roles: [OTHER], node: 2, modulesSender: [], modulesReceiver: [cdrs] },
  { account: DEMO_ACCOUNT.DE_HUB, countryCode: 'DE', partyId: 'HUB', roles: [HUB], node: 1, modulesSender: [cdrs, locations, sessions, tariffs, tokens, commands], modulesReceiver: [cdrs, locations, sessions, tariffs, tokens, commands] },
]

export const DEMO_SERVICES: DemoService[] = [
  { provider: DEMO_ACCOUNT.DE_BIL, name: 'Roaming Billing & Invoicing', listing: { kind: 'manifest', file: 'billing', commit: 'current' }, permissions: [FORWARD_MODULE_CDRS_RECEIVER] },
  { provider: DEMO_ACCOUNT.CH_PAY, name: 'Smart Payment', listing: { kind: 'manifest', file: 'payment', commit: null }, permissions: [FORWARD_ALL] },
  { provider: DEMO_ACCOUNT.NL_LOC, name: 'Location Data Enrichment', listing: { kind: 'manifest', file: 'location', commit: 'current' }, permissions: [FORWARD_MODULE_LOCATIONS_SENDER, FORWARD_MODULE_LOCATIONS_RECEIVER] },
  { provider: DEMO_ACCOUNT.GB_SCS, name: 'Grid-Aware Smart Charging', listing: { kind: 'manifest', file: 'smart-charging', commit: 'earlier' }, permissions: [FORWARD_MODULE_SESSIONS_SENDER, FORWARD_MODULE_SESSIONS_RECEIVER, FORWARD_MODULE_CHARGINGPROFILES_SENDER, FORWARD_MODULE_CHARGINGPROFILES_RECEIVER] },
  { provider: DEMO_ACCOUNT.DE_TRF, name: 'Tariff Transparency Monitor', listing: { kind: 'no-manifest', path: '/demo/tariff-monitor' }, permissions: [FORWARD_MODULE_TARIFFS_SENDER, FORWARD_MODULE_TARIFFS_RECEIVER] },
  { provider: DEMO_ACCOUNT.AT_CO2, name: 'CO2 Reporting', listing: { kind: 'external', url: 'https://co2.greenledger.example/ocn' }, permissions: [FORWARD_MODULE_SESSIONS_SENDER, FORWARD_MODULE_SESSIONS_RECEIVER, FORWARD_MODULE_CDRS_SENDER, FORWARD_MODULE_CDRS_RECEIVER] },
]

export const DEMO_STEPS: DemoStep[] = [
  // The OCN demo story: a CPO and an eMSP use the billing service.
  { kind: 'agree', user: DEMO_ACCOUNT.CH_CPA, provider: DEMO_ACCOUNT.DE_BIL },
  { kind: 'agree', user: DEMO_ACCOUNT.DE_MSP, provider: DEMO_ACCOUNT.DE_BIL },
  { kind: 'agree', user: DEMO_ACCOUNT.CH_CPB, provider: DEMO_ACCOUNT.CH_PAY },
  { kind: 'agree', user: DEMO_ACCOUNT.FR_MSP, provider: DEMO_ACCOUNT.CH_PAY },
  { kind: 'agree', user: DEMO_ACCOUNT.DE_CPO, provider: DEMO_ACCOUNT.NL_LOC },
  { kind: 'agree', user: DEMO_ACCOUNT.DE_MSP, provider: DEMO_ACCOUNT.NL_LOC },
  { kind: 'agree', user: DEMO_ACCOUNT.DE_MSP, provider: DEMO_ACCOUNT.DE_TRF },
  // Revoked: stays in NL CPX's append-only list, but is no longer active.
  { kind: 'agree', user: DEMO_ACCOUNT.NL_CPX, provider: DEMO_ACCOUNT.GB_SCS },
  { kind: 'revoke', user: DEMO_ACCOUNT.NL_CPX, provider: DEMO_ACCOUNT.GB_SCS },
  // Agreed, revoked and agreed again: the provider appears twice in DE CPO's list.
  { kind: 'agree', user: DEMO_ACCOUNT.DE_CPO, provider: DEMO_ACCOUNT.GB_SCS },
  { kind: 'revoke', user: DEMO_ACCOUNT.DE_CPO, provider: DEMO_ACCOUNT.GB_SCS },
  { kind: 'agree', user: DEMO_ACCOUNT.DE_CPO, provider: DEMO_ACCOUNT.GB_SCS },
  // Withdrawn: CH CPA's agreement survives on chain while the service is gone.
  { kind: 'agree', user: DEMO_ACCOUNT.CH_CPA, provider: DEMO_ACCOUNT.AT_CO2 },
  { kind: 'deleteService', provider: DEMO_ACCOUNT.AT_CO2 },
]
