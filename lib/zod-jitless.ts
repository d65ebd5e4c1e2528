import { config } from 'zod'

// zod builds each object schema's parser with `new Function` once it has probed that eval works; the app's CSP
// forbids eval, and even the caught probe is reported as a violation. The probe runs when a schema is built, so
// this module must be imported before any module that builds schemas (import it first).
config({ jitless: true })
