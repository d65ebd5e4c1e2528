// The side-by-side: the official CLI lists the services, the app's catalog is painted in Chromium, alternately
// on the same chain. Cold: a new block (any server cache keyed on the head is stale) and a new browser context
// (empty HTTP cache). Warm: the same block and context again, right after.
import type { Browser } from '@playwright/test'
import type { PaintFigures } from './figures'
import { coldServerCache } from './chain-control'
import { listServicesWithCli } from './official-cli'
import type { RunningApp } from './processes'
import { oneLine } from './reads'
import { timedView, type ViewTiming } from './browser'

export type PaintSetup = {
  chainUrl: string
  app: RunningApp
  browser: Browser
  cliNetworkFile: string
  /** Services the app lists; the CLI skips services without permissions, so it may list fewer, never fewer than the bulk ones. */
  services: number
  bulkServices: number
}

async function timeCli(setup: PaintSetup): Promise<number> {
  await coldServerCache(setup.chainUrl)
  const run = await listServicesWithCli(setup.cliNetworkFile)
  if (run.listed < setup.bulkServices || run.listed > setup.services) {
    throw new Error(`the CLI listed ${run.listed} services, expected ${setup.bulkServices} to ${setup.services}`)
  }
  return run.ms
}

async function timeApp(setup: PaintSetup): Promise<{ cold: ViewTiming; warm: ViewTiming }> {
  await setup.app.ensureRunning()
  await coldServerCache(setup.chainUrl)
  const context = await setup.browser.newContext()
  try {
    const url = `${setup.app.url}/services`
    const cold = await timedView(context, url, setup.services)
    const warm = await timedView(context, url, setup.services)
    return { cold, warm }
  } finally {
    await context.close()
  }
}

/** Alternates which side goes first, so neither always runs on a machine the other has just warmed or loaded. */
export async function paintRuns(setup: PaintSetup, runs: number, latencyMs: number): Promise<PaintFigures> {
  const figures: PaintFigures = { size: setup.services, latencyMs, cliMs: [], coldMs: [], warmMs: [], coldUsableMs: [], warmUsableMs: [], failures: [] }
  for (let i = 0; i < runs && figures.failures.length === 0; i++) {
    const sides = i % 2 === 0 ? (['cli', 'app'] as const) : (['app', 'cli'] as const)
    for (const side of sides) {
      try {
        if (side === 'cli') figures.cliMs.push(await timeCli(setup))
        else {
          const { cold, warm } = await timeApp(setup)
          figures.coldMs.push(cold.paintedMs)
          figures.warmMs.push(warm.paintedMs)
          figures.coldUsableMs.push(cold.usableMs)
          figures.warmUsableMs.push(warm.usableMs)
        }
      } catch (error) {
        figures.failures.push(`${side === 'cli' ? 'CLI' : 'app'}: ${oneLine(error)}`)
        break
      }
    }
  }
  return figures
}
