// Child processes of the bench: the production build, `next start` and the official CLI. Every child is killed
// when the bench exits, even through process.exit.
import { type ChildProcess, spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { isPortFree } from '../../lib/devnet/anvil'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))
/** Its own dist dir, so the bench neither overwrites nor serves the build of `npm run dev` or `npm test`. */
export const APP_DIST_DIR = '.next-bench'
const BUILD_BUDGET_MS = 10 * 60_000
const APP_START_BUDGET_MS = 60_000
const STOP_GRACE_MS = 10_000

const running = new Set<ChildProcess>()
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL')
})

export function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null
}

/** Every child goes through here, so none outlives the bench. */
export function spawnTracked(args: string[], env: NodeJS.ProcessEnv, stdio: 'pipe' | 'ignore' = 'pipe'): ChildProcess {
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', stdio, stdio] })
  running.add(child)
  child.once('exit', () => running.delete(child))
  return child
}

/** SIGTERM first; a process that ignores it is killed. Resolves only once it has exited. */
export function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (hasExited(child)) return resolve()
    const force = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS)
    child.once('exit', () => {
      clearTimeout(force)
      resolve()
    })
    child.kill('SIGTERM')
  })
}

export type Captured = { code: number | null; stdout: string; stderr: string; timedOut: boolean; ms: number }

/** Runs a node script to the end within a budget and keeps its output. */
export function runCaptured(args: string[], env: NodeJS.ProcessEnv, budgetMs: number): Promise<Captured> {
  return new Promise((resolve) => {
    const started = performance.now()
    const child = spawnTracked(args, env)
    let stdout = ''
    let stderr = ''
    child.stdout?.on('data', (data: Buffer) => (stdout += data.toString()))
    child.stderr?.on('data', (data: Buffer) => (stderr += data.toString()))
    let timedOut = false
    const deadline = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, budgetMs)
    child.once('exit', (code) => {
      clearTimeout(deadline)
      resolve({ code, stdout, stderr, timedOut, ms: performance.now() - started })
    })
  })
}

function nextBin(): string {
  return createRequire(import.meta.url).resolve('next/dist/bin/next')
}

function appEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, NEXT_DIST_DIR: APP_DIST_DIR, NEXT_TELEMETRY_DISABLED: '1', ...extra }
}

export async function buildApp(): Promise<void> {
  console.log(`Building the app into ${APP_DIST_DIR} (a minute or two)...`)
  const build = await runCaptured([nextBin(), 'build'], appEnv(), BUILD_BUDGET_MS)
  if (build.timedOut) throw new Error(`next build over the ${BUILD_BUDGET_MS / 60_000} min budget`)
  if (build.code !== 0) {
    console.log(build.stdout + build.stderr)
    throw new Error(`next build exited with code ${build.code}`)
  }
  console.log(`Built in ${Math.round(build.ms / 1_000)} s.`)
}

/** Any HTTP answer means the server is up; whether the pages render is for the measurement to find out. */
async function httpAnswers(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(5_000) })
    return true
  } catch {
    return false
  }
}

export type RunningApp = {
  url: string
  pid: () => number | null
  /** A server that died (out of memory under load, say) is started again, and the bench says so. */
  ensureRunning: () => Promise<void>
  restart: () => Promise<void>
  stop: () => Promise<void>
}

/**
 * `rpcUrl`: the app's RPC (the bench's counting proxy, HTTP only); `wsUrl`: where its server subscribes to new
 * heads, the chain itself: derived from a proxy's URL it would never go live, and every view would ask for the head.
 */
export async function startApp(port: number, rpcUrl: string, wsUrl: string, env: Record<string, string> = {}): Promise<RunningApp> {
  const url = `http://127.0.0.1:${port}`
  let child: ChildProcess | null = null
  let stderr = ''

  const launch = async () => {
    // A server already on the port would be measured instead of this build.
    if (!(await isPortFree(port))) throw new Error(`port ${port} is in use; set OCN_BENCH_APP_PORT to a free port`)
    stderr = ''
    const args = [nextBin(), 'start', '--hostname', '127.0.0.1', '--port', String(port)]
    const started = spawnTracked(args, appEnv({ OCN_NETWORK: 'local', OCN_RPC_URL: rpcUrl, OCN_WS_URL: wsUrl, ...env }))
    started.stdout?.resume()
    started.stderr?.on('data', (data: Buffer) => (stderr = (stderr + data.toString()).slice(-4_000)))
    child = started
    const deadline = Date.now() + APP_START_BUDGET_MS
    while (Date.now() < deadline) {
      if (hasExited(started)) throw new Error(`next start exited with code ${started.exitCode}: ${stderr.trim().split('\n').at(-1) ?? ''}`)
      if (await httpAnswers(url)) return
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    throw new Error(`next start did not answer on ${url} within ${APP_START_BUDGET_MS / 1_000} s`)
  }
  const stop = async () => {
    if (child) await stopChild(child)
  }

  await launch()
  return {
    url,
    pid: () => (child && !hasExited(child) ? (child.pid ?? null) : null),
    ensureRunning: async () => {
      if (child && !hasExited(child)) return
      const why = stderr.includes('heap out of memory') ? 'out of memory' : `exit code ${child?.exitCode ?? child?.signalCode}`
      console.log(`  (the app server had died: ${why}; starting it again)`)
      await launch()
    },
    restart: async () => {
      await stop()
      await launch()
    },
    stop,
  }
}
