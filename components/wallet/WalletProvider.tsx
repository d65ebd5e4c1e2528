'use client'

import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { State } from 'wagmi'
import type { Network } from '@/lib/chain/networks'
import { connectionOf, initialConnection, sameConnection } from '@/lib/chain/wallet-connection'
import type { WalletRuntime } from '@/lib/chain/wallet-runtime'
import { WalletContext } from '@/lib/hooks/useWallet'

/**
 * Paints the wallet connection from the cookie state the server read, with no wagmi in the first-load
 * JavaScript. wagmi loads right after first paint when the cookie holds a connection (to reconnect and follow the
 * wallet), otherwise only when a visitor starts to connect.
 */
export function WalletProvider({ network, initialState, children }: { network: Network; initialState: State | undefined; children: ReactNode }) {
  const [connection, setConnection] = useState(() => initialConnection(initialState))
  const [runtime, setRuntime] = useState<WalletRuntime | null>(null)
  const loading = useRef<Promise<WalletRuntime> | null>(null)

  const load = useCallback(() => {
    loading.current ??= import('@/lib/chain/wallet-runtime').then(({ startWallet }) => {
      const started = startWallet(network)
      setRuntime(started)
      return started
    })
    // A chunk that failed to load (offline for a moment) is tried again on the next attempt.
    loading.current.catch(() => {
      loading.current = null
    })
    return loading.current
  }, [network])

  const reconnects = !!initialConnection(initialState).address
  useEffect(() => {
    if (reconnects) void load().catch(() => undefined)
  }, [reconnects, load])

  useEffect(() => {
    if (!runtime) return
    return runtime.config.subscribe(connectionOf, setConnection, { equalityFn: sameConnection, emitImmediately: true })
  }, [runtime])

  const wallet = useMemo(() => ({ connection, runtime, load }), [connection, runtime, load])
  const Hydrate = runtime?.Hydrate
  return (
    <WalletContext.Provider value={wallet}>
      {Hydrate && runtime && <Hydrate config={runtime.config} initialState={initialState} />}
      {children}
    </WalletContext.Provider>
  )
}
