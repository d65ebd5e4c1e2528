// Lighthouse 12 (the last line that runs on Node 20) through its own CLI, in a child process, on Debian's
// Chromium found through CHROME_PATH: nothing is downloaded. Scores are the performance category, 0-100.
import { createRequire } from 'node:module'
import { join } from 'node:path'
import playwrightConfig from '../../playwright.config'
import { runCaptured } from './processes'

const CHROMIUM = '/usr/bin/chromium'
const LIGHTHOUSE_BUDGET_MS = 5 * 60_000

/** Lighthouse ran but the page gave it nothing to score (it never painted, the server was down): the app's failure. */
export class PageNotScored extends Error {}

/** Null when Lighthouse is not installed here; the bench then says so instead of scoring. */
function lighthouseBin(): string | null {
  try {
    const require = createRequire(import.meta.url)
    const manifest = require.resolve('lighthouse/package.json')
    const { bin } = require(manifest) as { bin: Record<string, string> }
    return join(manifest, '..', bin.lighthouse)
  } catch {
    return null
  }
}

export function lighthouseUnavailable(): string | null {
  return lighthouseBin() ? null : 'Lighthouse: not available on Node 20 here (the lighthouse package is not installed)'
}

/** Parses Lighthouse's JSON report: the performance score as a whole number, or why there is none. */
export function performanceScore(report: string): number {
  const parsed = JSON.parse(report) as { categories?: { performance?: { score?: number | null } }; runtimeError?: { message?: string } }
  const score = parsed.categories?.performance?.score
  if (typeof score !== 'number') throw new Error(`Lighthouse gave no performance score${parsed.runtimeError?.message ? `: ${parsed.runtimeError.message}` : ''}`)
  return Math.round(score * 100)
}

export async function lighthouseScore(url: string, formFactor: 'mobile' | 'desktop'): Promise<number> {
  const bin = lighthouseBin()
  if (!bin) throw new Error('lighthouse is not installed')
  const flags = (playwrightConfig.use?.launchOptions?.args ?? []).join(' ')
  const args = [bin, url, '--output=json', '--output-path=stdout', '--only-categories=performance', '--quiet', `--chrome-flags=${flags}`]
  if (formFactor === 'desktop') args.push('--preset=desktop')
  const run = await runCaptured(args, { ...process.env, CHROME_PATH: CHROMIUM }, LIGHTHOUSE_BUDGET_MS)
  if (run.timedOut) throw new Error(`Lighthouse took over ${LIGHTHOUSE_BUDGET_MS / 60_000} min`)
  const last = run.stderr.trim().split('\n').at(-1) ?? ''
  if (run.code !== 0 && last.includes('Runtime error encountered')) throw new PageNotScored(last)
  if (run.code !== 0) throw new Error(`Lighthouse exited with code ${run.code}: ${last}`)
  return performanceScore(run.stdout)
}
