// `npm test`: typecheck, lint, unit tests, then the end-to-end tests against a production build, and one
// closing line with the totals (`N passed, N failed`) that CI reads. Every stage runs even if one before failed.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

type Outcome = { name: string; passed: number; failed: number }

const REPORTS = 'reports'
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }

function run(command: string, args: string[], extraEnv: Record<string, string> = {}): boolean {
  console.log(`\n▶ ${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } })
  return result.status === 0
}

function check(name: string, ok: boolean): Outcome {
  return { name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 }
}

function readCounts<T>(file: string, pick: (report: T) => [number, number]): [number, number] | null {
  if (!existsSync(file)) return null
  return pick(JSON.parse(readFileSync(file, 'utf8')) as T)
}

/** A runner that crashed before writing its report counts as one failure, never as zero tests. */
function suite(name: string, ok: boolean, counts: [number, number] | null): Outcome {
  if (!counts) return { name, passed: 0, failed: 1 }
  const [passed, failed] = counts
  return { name, passed, failed: failed + (ok || failed > 0 ? 0 : 1) }
}

rmSync(REPORTS, { recursive: true, force: true })
mkdirSync(REPORTS, { recursive: true })
const outcomes: Outcome[] = []

outcomes.push(check('typecheck', run('npx', ['tsc', '--noEmit'])))
outcomes.push(check('lint', run('npx', ['eslint', '--max-warnings', '0', '.'])))

const unitOk = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${REPORTS}/unit.json`])
outcomes.push(
  suite('unit', unitOk, readCounts<{ numPassedTests: number; numFailedTests: number }>(`${REPORTS}/unit.json`, (r) => [r.numPassedTests, r.numFailedTests])),
)

const buildOk = run('npx', ['next', 'build'], { NEXT_DIST_DIR: '.next-e2e' })
outcomes.push(check('production build', buildOk))
if (buildOk) {
  const e2eOk = run('npx', ['playwright', 'test'])
  type Stats = { stats: { expected: number; unexpected: number; flaky: number; skipped: number } }
  outcomes.push(
    suite('e2e', e2eOk, readCounts<Stats>(`${REPORTS}/e2e.json`, (r) => [r.stats.expected, r.stats.unexpected + r.stats.flaky + r.stats.skipped])),
  )
}

console.log('\nSummary')
for (const o of outcomes) console.log(`  ${o.failed ? '✖' : '✓'} ${o.name}: ${o.passed} passed, ${o.failed} failed`)
const passed = outcomes.reduce((n, o) => n + o.passed, 0)
const failed = outcomes.reduce((n, o) => n + o.failed, 0)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed === 0 ? 0 : 1)
