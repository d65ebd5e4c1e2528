import { manifestJsonSchema } from './schema'

/** Where the repository publishes the manifest's JSON Schema (served by the app at /schemas/…). */
export const PUBLISHED_SCHEMA_PATH = 'public/schemas/ocn-service-manifest-v1.schema.json'

/** The file's exact text: what `npm run manifest-schema` writes and the unit test compares. */
export function manifestJsonSchemaText(): string {
  return `${JSON.stringify(manifestJsonSchema(), null, 2)}\n`
}
