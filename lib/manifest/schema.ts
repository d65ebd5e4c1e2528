import { z } from 'zod'
import { LOGO_MAX_DATA_URL_CHARS, parseLogo } from './logo'
import { CATEGORIES, MANIFEST_VERSION, PRICING_MODELS, type ServiceManifest } from './types'

/**
 * The OCN service manifest's schema (zod 4; published as JSON Schema by scripts/manifest-schema.ts). Imported by
 * the browser (the provider's editor) as well as the server, so it uses no Node modules.
 */

export type SchemaOptions = { /** Plain http URLs: only for the local demo network. */ allowHttp?: boolean }

export const MANIFEST_BOUNDS = {
  tagline: 120,
  description: 2000,
  pricingText: 200,
  url: 500,
  email: 200,
  categories: 8,
  countries: 60,
  ocpiVersions: 10,
} as const

// One line of text: no control characters (tabs and line breaks included), so a tagline cannot reflow a card.
const ONE_LINE = /^[^\p{Cc}]*$/u
// Prose: line breaks allowed, other control characters refused.
const PROSE = /^[^\p{Cc}]*(?:\r?\n[^\p{Cc}]*)*$/u

function text(max: number, pattern: RegExp) {
  return z
    .string()
    .min(1, 'must not be empty (leave the field out instead)')
    .max(max, `must be at most ${max} characters`)
    .regex(pattern, pattern === ONE_LINE ? 'must be one line without control characters' : 'must not contain control characters')
}

function webUrl(allowHttp: boolean) {
  const scheme = allowHttp ? /^https?:\/\/\S+$/ : /^https:\/\/\S+$/
  return z
    .string()
    .max(MANIFEST_BOUNDS.url, `must be at most ${MANIFEST_BOUNDS.url} characters`)
    .regex(scheme, { error: allowHttp ? 'must be an http:// or https:// address' : 'must be an https:// address', abort: true })
    .refine((value) => {
      try {
        const url = new URL(value)
        return url.hostname !== '' && url.username === '' && url.password === ''
      } catch {
        return false
      }
    }, 'must be a valid web address without a user name or password')
}

function unique<T>(items: T[]): boolean {
  return new Set(items).size === items.length
}

const logo = z
  .string()
  .max(LOGO_MAX_DATA_URL_CHARS, 'is too large')
  .regex(/^data:image\/(png|webp);base64,/, 'must be a PNG or WebP data: URL (SVG is refused)')
  .superRefine((value, ctx) => {
    const parsed = parseLogo(value)
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.reason })
  })

/** The manifest schema. Unknown keys are refused at every level, so a typo in a field name is reported, not ignored. */
export function manifestSchema(options: SchemaOptions = {}) {
  const url = webUrl(options.allowHttp ?? false)
  return z.strictObject({
    manifestVersion: z.literal(MANIFEST_VERSION, `must be ${MANIFEST_VERSION}`),
    tagline: text(MANIFEST_BOUNDS.tagline, ONE_LINE),
    description: text(MANIFEST_BOUNDS.description, PROSE),
    categories: z
      .array(z.enum(CATEGORIES, `must be one of ${CATEGORIES.join(', ')}`))
      .min(1, 'must name at least one category')
      .max(MANIFEST_BOUNDS.categories, `must name at most ${MANIFEST_BOUNDS.categories} categories`)
      .refine(unique, 'must not repeat a category'),
    pricing: z.strictObject({
      model: z.enum(PRICING_MODELS, `must be one of ${PRICING_MODELS.join(', ')}`),
      text: text(MANIFEST_BOUNDS.pricingText, ONE_LINE).optional(),
    }),
    termsUrl: url.optional(),
    privacyUrl: url.optional(),
    apiDocsUrl: url.optional(),
    support: z
      .strictObject({
        email: z.email('must be an email address').max(MANIFEST_BOUNDS.email, `must be at most ${MANIFEST_BOUNDS.email} characters`).optional(),
        url: url.optional(),
      })
      .refine((support) => support.email !== undefined || support.url !== undefined, 'must give an email address or a URL'),
    countries: z
      .array(z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter ISO 3166-1 country code in capitals'))
      .max(MANIFEST_BOUNDS.countries, `must list at most ${MANIFEST_BOUNDS.countries} countries`)
      .refine(unique, 'must not repeat a country'),
    ocpiVersions: z
      .array(z.string().max(20).regex(/^\d+\.\d+(\.\d+)?$/, 'must be a version such as 2.2.1'))
      .max(MANIFEST_BOUNDS.ocpiVersions, `must list at most ${MANIFEST_BOUNDS.ocpiVersions} versions`)
      .refine(unique, 'must not repeat a version'),
    logo: logo.optional(),
  })
}

export type ParseResult = { ok: true; manifest: ServiceManifest } | { ok: false; reason: string }

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    const where = issue.path.length ? ` in ${issue.path.join('.')}` : ''
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}${where}`
  }
  const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '[')
  if (issue.code === 'invalid_type' && path === '') return 'the manifest must be a JSON object'
  if (issue.code === 'invalid_type' && issue.input === undefined) return `${path} is missing`
  return `${path || 'the manifest'} ${issue.message}`
}

/** The first few problems, in one plain sentence. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], max = 3): string {
  const shown = issues.slice(0, max).map(describeIssue)
  const more = issues.length > max ? ` (and ${issues.length - max} more)` : ''
  return `The manifest is not valid: ${shown.join('; ')}${more}.`
}

/** UTF-8 decode (invalid UTF-8 refused), JSON.parse, validate. The reason is a sentence naming the first fields at fault. */
export function parseManifest(input: Uint8Array | string, options: SchemaOptions = {}): ParseResult {
  let textValue: string
  if (typeof input === 'string') textValue = input
  else {
    try {
      textValue = new TextDecoder('utf-8', { fatal: true }).decode(input)
    } catch {
      return { ok: false, reason: 'The manifest is not valid UTF-8 text.' }
    }
  }
  let json: unknown
  try {
    json = JSON.parse(textValue)
  } catch {
    return { ok: false, reason: 'The manifest is not valid JSON.' }
  }
  const result = manifestSchema(options).safeParse(json)
  if (!result.success) return { ok: false, reason: describeIssues(result.error.issues) }
  return { ok: true, manifest: serializable(result.data as ServiceManifest) }
}

const KEY_ORDER = ['manifestVersion', 'tagline', 'description', 'categories', 'pricing', 'termsUrl', 'privacyUrl', 'apiDocsUrl', 'support', 'countries', 'ocpiVersions', 'logo'] as const

function defined(entries: [string, unknown][]): Record<string, unknown> {
  return Object.fromEntries(entries.filter(([, value]) => value !== undefined))
}

/** The manifest with its keys in schema order and absent fields left out (never `undefined` values). */
function serializable(m: ServiceManifest): ServiceManifest {
  const nested: Partial<Record<keyof ServiceManifest, unknown>> = {
    pricing: defined([['model', m.pricing.model], ['text', m.pricing.text]]),
    support: defined([['email', m.support.email], ['url', m.support.url]]),
  }
  return defined(KEY_ORDER.map((key) => [key, nested[key] ?? m[key]])) as ServiceManifest
}

/** The exact bytes the editor offers for download and hashes: 2-space JSON in schema key order, one trailing newline. */
export function serializeManifest(m: ServiceManifest): string {
  return `${JSON.stringify(serializable(m), null, 2)}\n`
}
