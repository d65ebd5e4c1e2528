/**
 * An EIP-1193 wallet injected into the page before any app code runs, announced through EIP-6963 like a real
 * extension, forwarding to anvil (whose test accounts are unlocked, or impersonated) so the app's real wagmi
 * connector code runs end to end. Like an extension, it shows no accounts until the app asks, and remembers
 * the grant across reloads. Like an extension, it talks to its chain from outside the page (through a function
 * the test process exposes), so the page's Content-Security-Policy applies to the app's own requests only.
 */
import type { BrowserContext } from '@playwright/test'

export type TestWalletOptions = { account: string; chainId: number }

type RpcAnswer = { result?: unknown; error?: { message: string; code?: number; data?: unknown } }

export type TestWalletControl = {
  /** The next call of this method fails with EIP-1193 error 4001, as when the user clicks "Reject". */
  rejectNext: (method: string) => void
  setAccount: (account: string) => void
  requests: () => string[]
}

declare global {
  interface Window {
    testWallet: TestWalletControl
    testWalletTransport: (method: string, params: unknown[]) => Promise<RpcAnswer>
  }
}

/** The wallet's own line to the chain, in the test process: once per browser context, for every page in it. */
export async function exposeWalletTransport(context: BrowserContext, rpcUrl: string): Promise<void> {
  let rpcId = 0
  await context.exposeFunction('testWalletTransport', async (method: string, params: unknown[]): Promise<RpcAnswer> => {
    const response = await fetch(rpcUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: ++rpcId, method, params }),
    })
    return (await response.json()) as RpcAnswer
  })
}

export function installTestWallet(options: TestWalletOptions): void {
  const GRANT_KEY = 'test-wallet:granted'
  const ACCOUNT_KEY = 'test-wallet:account'
  const CHAIN_KEY = 'test-wallet:chain'
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>()
  const rejections = new Set<string>()
  const log: string[] = []

  const account = () => localStorage.getItem(ACCOUNT_KEY) ?? options.account
  const chainId = () => Number(localStorage.getItem(CHAIN_KEY) ?? options.chainId)
  const granted = () => localStorage.getItem(GRANT_KEY) === '1'
  const emit = (event: string, ...args: unknown[]) => listeners.get(event)?.forEach((listener) => listener(...args))
  const rpcError = (code: number, message: string) => Object.assign(new Error(message), { code })

  async function forward(method: string, params: unknown[]) {
    const body = await window.testWalletTransport(method, params)
    if (body.error) throw Object.assign(new Error(body.error.message), { code: body.error.code, data: body.error.data })
    return body.result
  }

  const provider = {
    isTestWallet: true,
    async request({ method, params = [] }: { method: string; params?: unknown[] }) {
      log.push(method)
      // Wallets ask the user once per connection, whichever of the two connect methods the app uses.
      const prompt = method === 'wallet_requestPermissions' ? 'eth_requestAccounts' : method
      if (rejections.delete(prompt)) throw rpcError(4001, 'User rejected the request.')
      switch (method) {
        case 'eth_accounts':
          return granted() ? [account()] : []
        case 'eth_requestAccounts':
        case 'wallet_requestPermissions':
          localStorage.setItem(GRANT_KEY, '1')
          emit('accountsChanged', [account()])
          return method === 'eth_requestAccounts' ? [account()] : [{ parentCapability: 'eth_accounts' }]
        case 'wallet_revokePermissions':
          localStorage.removeItem(GRANT_KEY)
          emit('accountsChanged', [])
          return null
        case 'eth_chainId':
          return `0x${chainId().toString(16)}`
        case 'net_version':
          return String(chainId())
        case 'wallet_switchEthereumChain': {
          const next = Number((params[0] as { chainId: string }).chainId)
          if (next !== options.chainId) throw rpcError(4902, 'Unrecognized chain ID.')
          localStorage.setItem(CHAIN_KEY, String(next))
          emit('chainChanged', `0x${next.toString(16)}`)
          return null
        }
        case 'wallet_addEthereumChain':
          return null
        case 'eth_sendTransaction':
        case 'personal_sign':
        case 'eth_sign':
        case 'eth_signTypedData_v4':
          if (!granted()) throw rpcError(4100, 'The requested account has not been authorized.')
          if (chainId() !== options.chainId) throw rpcError(-32603, `Wallet is on chain ${chainId()}.`)
          return forward(method, params)
        default:
          return forward(method, params)
      }
    },
    on(event: string, listener: (...args: unknown[]) => void) {
      if (!listeners.has(event)) listeners.set(event, new Set())
      listeners.get(event)!.add(listener)
    },
    removeListener(event: string, listener: (...args: unknown[]) => void) {
      listeners.get(event)?.delete(listener)
    },
  }

  window.testWallet = {
    rejectNext: (method) => void rejections.add(method),
    setAccount: (next) => {
      localStorage.setItem(ACCOUNT_KEY, next)
      emit('accountsChanged', [next])
    },
    requests: () => [...log],
  }

  const info = {
    uuid: '5d3c1a52-6f3e-4a4b-9a8e-0c2f7a1d9e10',
    name: 'Test Wallet',
    icon: 'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>',
    rdns: 'dev.ocn-marketplace.testwallet',
  }
  const announce = () =>
    window.dispatchEvent(new CustomEvent('eip6963:announceProvider', { detail: Object.freeze({ info, provider }) }))
  window.addEventListener('eip6963:requestProvider', announce)
  announce()
}
