/**
 * The demo services' on-chain URLs: the seeded services point at manifests the app itself serves from
 * public/demo/manifests/, on whatever origin the app runs (`npm run dev` on :3000, the e2e app on its own port),
 * so every manifest state is on screen out of the box (lib/devnet/demo-network.ts says which service shows which).
 * Hashes are taken from the files' exact bytes at seed time: editing a demo manifest never leaves a stale hash.
 */
import { readFileSync } from 'node:fs'
import { sha256Base64, withIntegrity } from '../manifest/integrity'
import { DEMO_SERVICES, type DemoListing, type DemoManifestFile, type DemoService } from './demo-network'

/** Where `npm run dev` and `npm start` serve the app unless PORT says otherwise. */
export const DEFAULT_DEMO_ORIGIN = 'http://localhost:3000'

/** The app serves public/ at its root: this is the path of a demo manifest on the app's origin. */
export function demoManifestPath(file: DemoManifestFile): string {
  return `/demo/manifests/${file}.json`
}

/** The bytes the app serves for a demo manifest. */
export function demoManifestBytes(file: DemoManifestFile): Buffer {
  return readFileSync(new URL(`../../public${demoManifestPath(file)}`, import.meta.url))
}

/**
 * The version a provider committed before it changed what it hosts: kept out of public/ (nobody serves it any
 * more), only its hash is on chain.
 */
export function earlierDemoManifestBytes(file: DemoManifestFile): Buffer {
  return readFileSync(new URL(`./fixtures/${file}.earlier.json`, import.meta.url))
}

/** The app's origin without a trailing slash; refuses anything that is not a plain http(s) origin. */
export function normalizeDemoOrigin(origin: string): string {
  const url = new URL(origin)
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`The demo origin must be a plain http(s) origin such as ${DEFAULT_DEMO_ORIGIN}, not ${origin}.`)
  }
  return url.origin
}

/** The on-chain URL of a demo listing when the app runs at `origin`. */
export async function demoServiceUrl(listing: DemoListing, origin: string = DEFAULT_DEMO_ORIGIN): Promise<string> {
  const base = normalizeDemoOrigin(origin)
  switch (listing.kind) {
    case 'external':
      return listing.url
    case 'no-manifest':
      return `${base}${listing.path}`
    case 'manifest': {
      const url = `${base}${demoManifestPath(listing.file)}`
      if (listing.commit === null) return url
      const bytes = listing.commit === 'current' ? demoManifestBytes(listing.file) : earlierDemoManifestBytes(listing.file)
      return withIntegrity(url, await sha256Base64(bytes))
    }
  }
}

export type SeededDemoService = DemoService & { url: string }

/** The demo services as the seed writes them for an app served at `origin`. */
export async function demoServices(origin: string = DEFAULT_DEMO_ORIGIN): Promise<SeededDemoService[]> {
  return Promise.all(DEMO_SERVICES.map(async (service) => ({ ...service, url: await demoServiceUrl(service.listing, origin) })))
}
