import { z } from 'zod'
import { manifestSchema } from './schema'

/** Where the repository publishes the manifest's JSON Schema (served by the app at /schemas/…). */
export const PUBLISHED_SCHEMA_PATH = 'public/schemas/ocn-service-manifest-v1.schema.json'

/**
 * The JSON Schema published at public/schemas/ocn-service-manifest-v1.schema.json (https URLs only). Kept out of
 * schema.ts, which the browser loads: only the script and its test need it.
 */
export function manifestJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(manifestSchema(), {
    // What zod's refinements check but JSON Schema cannot say from them: state it so other validators agree.
    override: (ctx) => {
      const path = ctx.path.join('/')
      if (path === 'properties/support') ctx.jsonSchema.minProperties = 1
      if (['properties/categories', 'properties/countries', 'properties/ocpiVersions'].includes(path)) ctx.jsonSchema.uniqueItems = true
    },
  })
  return {
    $schema: schema.$schema,
    title: 'OCN service manifest, version 1',
    description: 'What an Open Charging Network service provider hosts about its service (issue 12). Logos are PNG or WebP data: URLs of at most 24 KiB decoded.',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  }
}

/** The file's exact text: what `npm run manifest-schema` writes and the unit test compares. */
export function manifestJsonSchemaText(): string {
  return `${JSON.stringify(manifestJsonSchema(), null, 2)}\n`
}
