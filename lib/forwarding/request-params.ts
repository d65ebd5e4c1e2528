import { MODULES } from '../ocn/catalog'
import { type Params, param } from '../url-params'
import { ENDPOINTS, INTERFACES, type Interface, isUnforwardedModule, type Method, METHODS, type RequestModule, UNFORWARDED_MODULES } from './endpoints'
import type { ForwardRequest } from './preview'

/** The preview's request lives in the query string, so a preview can be linked ("?fwd=sessions&fwd-if=receiver&fwd-method=PUT"). */
export const FORWARD_PARAMS = { module: 'fwd', iface: 'fwd-if', method: 'fwd-method', from: 'fwd-from' } as const

/** The issue's own example: a CPO pushing a session update, which billing and smart-charging services watch. */
export const DEFAULT_FORWARD_REQUEST: ForwardRequest = { module: 'sessions', iface: 'receiver', method: 'PUT' }

export const REQUEST_MODULES: readonly RequestModule[] = [...MODULES.map((m) => m.key), ...UNFORWARDED_MODULES]

const oneOf = <T extends string>(values: readonly T[], text: string): T | null => (values as readonly string[]).includes(text) ? (text as T) : null

/** The methods the picker offers: the node's endpoints for a standard module; any method elsewhere (nothing is copied anyway). */
export function methodsFor(module: RequestModule, iface: Interface): readonly Method[] {
  return isUnforwardedModule(module) ? METHODS : ENDPOINTS[module][iface].map((e) => e.method)
}

/** Unknown or missing values fall back to the default's, one by one; a method the endpoint lacks falls back to its first one. */
export function parseForwardRequest(params: Params): ForwardRequest {
  const requested = oneOf(REQUEST_MODULES, param(params, FORWARD_PARAMS.module)) ?? DEFAULT_FORWARD_REQUEST.module
  const iface = oneOf(INTERFACES, param(params, FORWARD_PARAMS.iface)) ?? DEFAULT_FORWARD_REQUEST.iface
  const methods = methodsFor(requested, iface)
  const method = oneOf(methods, param(params, FORWARD_PARAMS.method).toUpperCase()) ?? (methods.includes(DEFAULT_FORWARD_REQUEST.method) ? DEFAULT_FORWARD_REQUEST.method : methods[0])
  return { module: requested, iface, method }
}

/** The request written into `params` (other keys kept), as the query string to navigate to. */
export function withForwardRequest(params: URLSearchParams, request: ForwardRequest): string {
  const next = new URLSearchParams(params)
  next.set(FORWARD_PARAMS.module, request.module)
  next.set(FORWARD_PARAMS.iface, request.iface)
  next.set(FORWARD_PARAMS.method, request.method)
  return next.toString()
}
