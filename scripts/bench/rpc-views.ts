// RPC traffic per view, counted at the proxy: one cold and one warm view in Chromium (prefetches included: the
// count waits for the page to settle), one server render against many at once, and many Chromium views at once.
import type { Browser } from '@playwright/test'
import type { RpcFigures, RpcTraffic } from './figures'
import { coldServerCache } from './chain-control'
import type { RunningApp } from './processes'
import type { RpcProxy } from './rpc-proxy'
import { timedView } from './browser'

/** Links prefetch once visible and idle; their server renders land in the count within this. */
const SETTLE_MS = 3_000
const VIEW_BUDGET_MS = 120_000

export type RpcSetup = { chainUrl: string; app: RunningApp; browser: Browser; proxy: RpcProxy; services: number }

async function settled<T>(proxy: RpcProxy, action: () => Promise<T>) {
  proxy.reset()
  await action()
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS))
  return proxy.traffic()
}

/** The app failing some of the renders is a result, not the bench breaking: they are counted. */
async function serverRenders(setup: RpcSetup, views: number): Promise<RpcTraffic & { failed: number }> {
  await coldServerCache(setup.chainUrl)
  const render = async () => {
    try {
      const response = await fetch(`${setup.app.url}/services`, { signal: AbortSignal.timeout(VIEW_BUDGET_MS) })
      await response.arrayBuffer()
      return response.ok
    } catch {
      return false
    }
  }
  setup.proxy.reset()
  const answered = await Promise.all(Array.from({ length: views }, render))
  return { ...setup.proxy.traffic().server, failed: answered.filter((ok) => !ok).length }
}

export async function countRpc(setup: RpcSetup, serverViews: number, browserViews: number): Promise<RpcFigures> {
  const url = `${setup.app.url}/services`
  await setup.app.ensureRunning()
  await coldServerCache(setup.chainUrl)
  const context = await setup.browser.newContext()
  try {
    const coldView = await settled(setup.proxy, () => timedView(context, url, setup.services))
    const warmView = await settled(setup.proxy, () => timedView(context, url, setup.services))
    const { failed: serverOneFailed, ...serverOne } = await serverRenders(setup, 1)
    const { failed: serverManyFailed, ...serverMany } = await serverRenders(setup, serverViews)
    // Many renders at once may have taken the server down; that is counted above, and this part needs it up.
    await setup.app.ensureRunning()
    await coldServerCache(setup.chainUrl)
    const manyContext = await setup.browser.newContext()
    try {
      let browserFailed = 0
      const view = () => timedView(manyContext, url, setup.services).catch(() => (browserFailed += 1))
      const browserMany = await settled(setup.proxy, () => Promise.all(Array.from({ length: browserViews }, view)))
      return {
        size: setup.services,
        coldView,
        warmView,
        serverOne,
        serverMany,
        serverViews,
        serverFailed: serverOneFailed + serverManyFailed,
        browserMany,
        browserViews,
        browserFailed,
      }
    } finally {
      await manyContext.close()
    }
  } finally {
    await context.close()
  }
}
