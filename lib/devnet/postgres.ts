/**
 * A throwaway PostgreSQL for tests and the bench: Debian's server binaries (package `postgresql`, installed by
 * .ci/run), a fresh cluster in a temporary directory, trust authentication, listening on 127.0.0.1 only, removed on
 * stop. PostgreSQL refuses to run as root; when this process is root the cluster belongs to the `postgres` system
 * user (created by Debian's package) and its programs run as that user (spawn's uid/gid, no sudo needed).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isPortFree, PortBusyError } from './anvil'

export type RunningPostgres = { url: string; pid: number; stop: () => Promise<void> }

const SUPERUSER = 'postgres'
const DATABASE = 'postgres'
const READY_TIMEOUT_MS = 30_000
const STOP_TIMEOUT_MS = 15_000

/** OCN_PG_BIN_DIR, else the newest /usr/lib/postgresql/<major>/bin (Debian keeps the server binaries off PATH). */
export function postgresBinDir(env: Record<string, string | undefined> = process.env): string {
  const candidates = env.OCN_PG_BIN_DIR
    ? [env.OCN_PG_BIN_DIR]
    : (existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql') : [])
        .filter((major) => /^\d+$/.test(major))
        .sort((a, b) => Number(b) - Number(a))
        .map((major) => `/usr/lib/postgresql/${major}/bin`)
  const found = candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'postgres')))
  if (!found) throw new Error('PostgreSQL is not installed (no initdb/postgres in /usr/lib/postgresql/*/bin): apt-get install postgresql, or set OCN_PG_BIN_DIR.')
  return found
}

type Owner = { uid: number; gid: number } | null

/** Who runs the server: this process, unless it is root, which PostgreSQL refuses. */
function serverOwner(): Owner {
  if (process.getuid?.() !== 0) return null
  const id = (flag: string) => spawnSync('id', [flag, SUPERUSER], { encoding: 'utf8' })
  const [uid, gid] = [id('-u'), id('-g')]
  if (uid.status !== 0 || gid.status !== 0) throw new Error(`Running as root, and there is no "${SUPERUSER}" user to run PostgreSQL as (Debian's postgresql package creates it).`)
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) }
}

function initCluster(bin: string, dataDir: string, owner: Owner): void {
  const result = spawnSync(
    join(bin, 'initdb'),
    ['-D', dataDir, '-A', 'trust', '-U', SUPERUSER, '-E', 'UTF8', '--locale=C', '--no-sync'],
    { encoding: 'utf8', ...(owner ?? {}) },
  )
  if (result.status !== 0) throw new Error(`initdb failed: ${(result.stderr || result.stdout || String(result.error)).trim()}`)
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null
}

/** pg_isready: 0 once the server accepts connections, 1 while it is starting up. */
function accepting(bin: string, port: number): boolean {
  return spawnSync(join(bin, 'pg_isready'), ['-q', '-h', '127.0.0.1', '-p', String(port), '-U', SUPERUSER, '-d', DATABASE]).status === 0
}

/**
 * Starts a fresh cluster on 127.0.0.1:`port` and resolves once it accepts connections. Durability is off
 * (fsync, synchronous commit): the data lives as long as the test.
 */
export async function startPostgres(port: number): Promise<RunningPostgres> {
  if (!(await isPortFree(port))) throw new PortBusyError(`Port ${port} on 127.0.0.1 is already in use.`)
  const bin = postgresBinDir()
  const owner = serverOwner()
  const root = mkdtempSync(join(tmpdir(), 'ocn-postgres-'))
  const remove = () => rmSync(root, { recursive: true, force: true })
  try {
    if (owner) chownSync(root, owner.uid, owner.gid)
    initCluster(bin, join(root, 'data'), owner)
  } catch (error) {
    remove()
    throw error
  }
  // The socket goes into the cluster's own directory: Debian's default, /var/run/postgresql, may not exist or be writable.
  const child = spawn(
    join(bin, 'postgres'),
    ['-D', join(root, 'data'), '-h', '127.0.0.1', '-p', String(port), '-k', root, '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
    { stdio: ['ignore', 'ignore', 'pipe'], ...(owner ?? {}) },
  )
  let log = ''
  child.stderr?.on('data', (data: Buffer) => (log = (log + data.toString()).slice(-4_000)))
  // A server outlives its parent unless told: if this process ends without stop() (a crash, process.exit), quit it.
  const quit = () => child.kill('SIGQUIT')
  process.once('exit', quit)
  child.once('exit', () => process.off('exit', quit))

  const stop = async () => {
    if (!exited(child)) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS)
        child.once('exit', () => {
          clearTimeout(timer)
          resolve()
        })
        // SIGINT is PostgreSQL's fast shutdown: open sessions (an indexer still connected) are cut, not waited for.
        child.kill('SIGINT')
      })
    }
    remove()
  }

  const deadline = Date.now() + READY_TIMEOUT_MS
  while (Date.now() < deadline) {
    if (exited(child)) {
      remove()
      throw new Error(`PostgreSQL exited at start (code ${child.exitCode}): ${log.trim()}`)
    }
    if (accepting(bin, port)) return { url: `postgresql://${SUPERUSER}@127.0.0.1:${port}/${DATABASE}`, pid: child.pid ?? -1, stop }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  await stop()
  throw new Error(`PostgreSQL did not accept connections on 127.0.0.1:${port} within ${READY_TIMEOUT_MS / 1_000} s. ${log.trim()}`)
}
