// `npm run manifest-schema`: writes the published JSON Schema of the OCN service manifest from the zod schema
// (lib/manifest/schema.ts), so the file providers validate against is the one the app enforces.
import { writeFileSync } from 'node:fs'
import { manifestJsonSchemaText, PUBLISHED_SCHEMA_PATH } from '../lib/manifest/published-schema'

const path = new URL(`../${PUBLISHED_SCHEMA_PATH}`, import.meta.url)
writeFileSync(path, manifestJsonSchemaText())
console.log(`Wrote ${PUBLISHED_SCHEMA_PATH}`)
