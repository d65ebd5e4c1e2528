import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { manifestJsonSchemaText, PUBLISHED_SCHEMA_PATH } from './published-schema'
import { parseManifest } from './schema'

const root = new URL('../../', import.meta.url)
const DEMO_DIR = 'public/demo/manifests/'

/** The manifests the repository ships: the demo network's (once seeded) and the example fixture. */
function shippedManifests(): string[] {
  const demo = existsSync(new URL(DEMO_DIR, root)) ? readdirSync(new URL(DEMO_DIR, root)).filter((f) => f.endsWith('.json')).map((f) => `${DEMO_DIR}${f}`) : []
  return [...demo, 'lib/manifest/fixtures/example-manifest.json']
}

describe('the published JSON Schema', () => {
  it(`is what the zod schema generates (run \`npm run manifest-schema\` after changing lib/manifest/schema.ts)`, () => {
    expect(readFileSync(new URL(PUBLISHED_SCHEMA_PATH, root), 'utf8')).toBe(manifestJsonSchemaText())
  })

  it('states the strictness and bounds a non-zod validator needs', () => {
    const schema = JSON.parse(manifestJsonSchemaText())
    expect(schema.additionalProperties).toBe(false)
    expect(schema.properties.pricing.additionalProperties).toBe(false)
    expect(schema.properties.support).toMatchObject({ additionalProperties: false, minProperties: 1 })
    expect(schema.properties.manifestVersion.const).toBe(1)
    expect(schema.properties.tagline.maxLength).toBe(120)
    expect(schema.properties.termsUrl.pattern).toBe('^https:\\/\\/\\S+$')
    expect(schema.properties.categories).toMatchObject({ maxItems: 8, uniqueItems: true })
  })
})

describe('the manifests the repository ships', () => {
  for (const file of shippedManifests()) {
    it(`${file} is a valid manifest`, () => {
      // The demo network serves its manifests over plain http from the app itself.
      const result = parseManifest(readFileSync(new URL(file, root)), { allowHttp: file.startsWith(DEMO_DIR) })
      expect(result.ok ? 'valid' : result.reason).toBe('valid')
    })
  }
})
