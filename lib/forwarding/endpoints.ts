import type { Translate } from '../i18n/translate'
import { moduleLabel, type ModuleKey } from '../ocn/catalog'

/**
 * The OCPI requests a party can send through its OCN node, as ocn-node 1.1.2 routes them
 * (energywebfoundation/ocn-node, src/main/kotlin/.../controllers/ocpi/v2_2/*Controller.kt): each standard module's
 * sender and receiver endpoints, with the methods the node has a mapping for. Every one of them goes through
 * OcpiRequestHandler.forwardDefault or forwardAsync, and both call AsyncTaskService.forwardOcpiRequestToLinkedServices.
 */

export type Interface = 'sender' | 'receiver'
export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

export const INTERFACES: readonly Interface[] = ['sender', 'receiver']
export const METHODS: readonly Method[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']

/**
 * Modules a request can name beside the seven standard ones. None of them is ever copied to a service:
 * credentials and hubclientinfo are answered by the node itself (CredentialsController, HubClientInfoController
 * never reach OcpiRequestHandler), and custom modules go through forwardDefault but
 * forwardOcpiRequestToLinkedServices skips `ModuleID.CUSTOM` (`isDefaultModule`).
 */
export const UNFORWARDED_MODULES = ['credentials', 'hubclientinfo', 'custom'] as const
export type UnforwardedModule = (typeof UNFORWARDED_MODULES)[number]
export type RequestModule = ModuleKey | UnforwardedModule

export type Endpoint = { method: Method; path: string }

/** Each standard module's endpoints per interface, paths as the node's controllers map them (chargingprofiles puts the version first). */
export const ENDPOINTS: Record<ModuleKey, Record<Interface, readonly Endpoint[]>> = {
  cdrs: {
    sender: [{ method: 'GET', path: '/ocpi/sender/2.2/cdrs' }],
    receiver: [
      { method: 'GET', path: '/ocpi/receiver/2.2/cdrs/{cdrID}' },
      { method: 'POST', path: '/ocpi/receiver/2.2/cdrs' },
    ],
  },
  chargingprofiles: {
    sender: [
      { method: 'POST', path: '/ocpi/2.2/sender/chargingprofiles/result/{uid}' },
      { method: 'PUT', path: '/ocpi/2.2/sender/chargingprofiles/{sessionId}' },
    ],
    receiver: [
      { method: 'GET', path: '/ocpi/2.2/receiver/chargingprofiles/{sessionId}' },
      { method: 'PUT', path: '/ocpi/2.2/receiver/chargingprofiles/{sessionId}' },
      { method: 'DELETE', path: '/ocpi/2.2/receiver/chargingprofiles/{sessionId}' },
    ],
  },
  commands: {
    sender: [{ method: 'POST', path: '/ocpi/sender/2.2/commands/{command}/{uid}' }],
    receiver: [{ method: 'POST', path: '/ocpi/receiver/2.2/commands/{command}' }],
  },
  locations: {
    sender: [{ method: 'GET', path: '/ocpi/sender/2.2/locations' }],
    receiver: [
      { method: 'GET', path: '/ocpi/receiver/2.2/locations/{countryCode}/{partyID}/{locationID}' },
      { method: 'PUT', path: '/ocpi/receiver/2.2/locations/{countryCode}/{partyID}/{locationID}' },
      { method: 'PATCH', path: '/ocpi/receiver/2.2/locations/{countryCode}/{partyID}/{locationID}' },
    ],
  },
  sessions: {
    sender: [
      { method: 'GET', path: '/ocpi/sender/2.2/sessions' },
      { method: 'PUT', path: '/ocpi/sender/2.2/sessions/{sessionID}/charging_preferences' },
    ],
    receiver: [
      { method: 'GET', path: '/ocpi/receiver/2.2/sessions/{countryCode}/{partyID}/{sessionID}' },
      { method: 'PUT', path: '/ocpi/receiver/2.2/sessions/{countryCode}/{partyID}/{sessionID}' },
      { method: 'PATCH', path: '/ocpi/receiver/2.2/sessions/{countryCode}/{partyID}/{sessionID}' },
    ],
  },
  tariffs: {
    sender: [{ method: 'GET', path: '/ocpi/sender/2.2/tariffs' }],
    receiver: [
      { method: 'GET', path: '/ocpi/receiver/2.2/tariffs/{countryCode}/{partyID}/{tariffID}' },
      { method: 'PUT', path: '/ocpi/receiver/2.2/tariffs/{countryCode}/{partyID}/{tariffID}' },
      { method: 'DELETE', path: '/ocpi/receiver/2.2/tariffs/{countryCode}/{partyID}/{tariffID}' },
    ],
  },
  tokens: {
    sender: [
      { method: 'GET', path: '/ocpi/sender/2.2/tokens' },
      { method: 'POST', path: '/ocpi/sender/2.2/tokens/{tokenUID}/authorize' },
    ],
    receiver: [
      { method: 'GET', path: '/ocpi/receiver/2.2/tokens/{countryCode}/{partyID}/{tokenUID}' },
      { method: 'PUT', path: '/ocpi/receiver/2.2/tokens/{countryCode}/{partyID}/{tokenUID}' },
      { method: 'PATCH', path: '/ocpi/receiver/2.2/tokens/{countryCode}/{partyID}/{tokenUID}' },
    ],
  },
}

export function isUnforwardedModule(module: RequestModule): module is UnforwardedModule {
  return (UNFORWARDED_MODULES as readonly string[]).includes(module)
}

/** The node's endpoint for this request, null when it has no mapping for it (the request is answered 404 and goes nowhere). */
export function endpointOf(module: ModuleKey, iface: Interface, method: Method): Endpoint | null {
  return ENDPOINTS[module][iface].find((endpoint) => endpoint.method === method) ?? null
}

/** How a request is written in the preview: "PUT /ocpi/receiver/2.2/sessions", the module's base path without its ids. */
export function requestLine(module: RequestModule, iface: Interface, method: Method): string {
  const base = module === 'chargingprofiles' ? `/ocpi/2.2/${iface}/${module}` : `/ocpi/${iface}/2.2/${module}`
  return `${method} ${module === 'custom' ? `/ocpi/custom/${iface}/…` : base}`
}

export function moduleName(module: RequestModule, t: Translate): string {
  return isUnforwardedModule(module) ? t(`forwarding.modules.${module}`) : moduleLabel(module, t)
}
