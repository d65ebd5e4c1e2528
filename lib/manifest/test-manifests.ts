import { readFileSync } from 'node:fs'
import type { ServiceManifest } from './types'

/** The committed example manifest (lib/manifest/fixtures), for tests that need a valid one to vary. */
export function exampleManifestText(): string {
  return readFileSync(new URL('./fixtures/example-manifest.json', import.meta.url), 'utf8')
}

export function exampleManifest(): ServiceManifest {
  return JSON.parse(exampleManifestText()) as ServiceManifest
}

/** A real 1x1 lossless WebP. */
export const WEBP_1X1 = 'UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA=='
