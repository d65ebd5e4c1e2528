import '../zod-jitless'
import type { Address } from 'viem'
import { CATEGORIES, LOGO_MAX_BYTES, MANIFEST_VERSION, type ManifestSummary, PRICING_MODELS, type PricingModel, type ServiceManifest } from '../manifest/types'
import { bytesToBase64 } from '../manifest/integrity'
import { manifestLocation } from '../manifest/location'
import { parseLogo } from '../manifest/logo'
import { manifestSchema } from '../manifest/schema'
import type { Translate } from '../i18n/translate'

/**
 * The provider console's manifest editor as data: what the form holds (flat strings, as typed, kept in
 * lib/forms/drafts), how that becomes a manifest for the schema, and the checks on a logo file before it is read.
 */
export type ManifestDraft = {
  tagline: string
  description: string
  categories: string[]
  /** '' until one is chosen. */
  pricingModel: string
  pricingText: string
  termsUrl: string
  privacyUrl: string
  apiDocsUrl: string
  supportEmail: string
  supportUrl: string
  /** As typed: "DE, NL FR". */
  countries: string
  ocpiVersions: string
  /** A data: URL read from the chosen file, '' without a logo. */
  logo: string
  /** Where the provider hosts (or will host) the JSON: the on-chain URL before its integrity fragment. */
  hostedUrl: string
}

export const EMPTY_MANIFEST_DRAFT: ManifestDraft = {
  tagline: '',
  description: '',
  categories: [],
  pricingModel: '',
  pricingText: '',
  termsUrl: '',
  privacyUrl: '',
  apiDocsUrl: '',
  supportEmail: '',
  supportUrl: '',
  countries: '',
  ocpiVersions: '',
  logo: '',
  hostedUrl: '',
}

/** The manifest draft is the provider's own, per network and account, like the service editor's. */
export const manifestDraftKey = (chainId: number, account: Address) => `manifest:${chainId}:${account}`

/** The fields of the form that carry an error of their own; `form` holds what belongs to no one field. */
export type ManifestField = Exclude<keyof ManifestDraft, 'hostedUrl'> | 'form'
export type ManifestFormErrors = Partial<Record<ManifestField, string>>

// Every field the form shows an error beside; its name is manifest.field.<field>.
const FIELDS: ReadonlySet<string> = new Set<ManifestField>([
  'tagline', 'description', 'categories', 'pricingModel', 'pricingText', 'termsUrl', 'privacyUrl', 'apiDocsUrl',
  'supportEmail', 'supportUrl', 'countries', 'ocpiVersions', 'logo', 'form',
])

export function fieldLabel(field: ManifestField, t: Translate): string {
  return t(`manifest.field.${field}`)
}

/** "DE, nl;FR  DE" -> ["DE", "NL", "FR"]: commas, semicolons or spaces separate; each value once, in typed order. */
export function parseList(text: string, { upperCase = false }: { upperCase?: boolean } = {}): string[] {
  const values = text
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map((value) => (upperCase ? value.toUpperCase() : value))
  return [...new Set(values)]
}

const optional = (text: string) => {
  const trimmed = text.trim()
  return trimmed === '' ? undefined : trimmed
}

/**
 * The manifest the draft describes, for the schema to judge: trimmed text, optional fields absent rather than empty
 * (the manifest never carries empty strings), unknown categories dropped (a stale draft cannot smuggle one in).
 */
export function manifestFromDraft(draft: ManifestDraft): ServiceManifest {
  const categories = CATEGORIES.filter((category) => draft.categories.includes(category))
  const pricingText = optional(draft.pricingText)
  const manifest: ServiceManifest = {
    manifestVersion: MANIFEST_VERSION,
    tagline: draft.tagline.trim(),
    description: draft.description.trim(),
    categories,
    // An unchosen model stays '' so that the schema names the field; the cast is only for the candidate's type.
    pricing: { model: draft.pricingModel as PricingModel, ...(pricingText && { text: pricingText }) },
    support: {},
    countries: parseList(draft.countries, { upperCase: true }),
    ocpiVersions: parseList(draft.ocpiVersions),
  }
  const termsUrl = optional(draft.termsUrl)
  const privacyUrl = optional(draft.privacyUrl)
  const apiDocsUrl = optional(draft.apiDocsUrl)
  const email = optional(draft.supportEmail)
  const url = optional(draft.supportUrl)
  if (termsUrl) manifest.termsUrl = termsUrl
  if (privacyUrl) manifest.privacyUrl = privacyUrl
  if (apiDocsUrl) manifest.apiDocsUrl = apiDocsUrl
  if (email) manifest.support.email = email
  if (url) manifest.support.url = url
  if (draft.logo) manifest.logo = draft.logo
  return manifest
}

/** A manifest back into the form (to start from one that is hosted already). */
export function draftFromManifest(manifest: ServiceManifest, hostedUrl = ''): ManifestDraft {
  return {
    tagline: manifest.tagline,
    description: manifest.description,
    categories: [...manifest.categories],
    pricingModel: manifest.pricing.model,
    pricingText: manifest.pricing.text ?? '',
    termsUrl: manifest.termsUrl ?? '',
    privacyUrl: manifest.privacyUrl ?? '',
    apiDocsUrl: manifest.apiDocsUrl ?? '',
    supportEmail: manifest.support.email ?? '',
    supportUrl: manifest.support.url ?? '',
    countries: manifest.countries.join(', '),
    ocpiVersions: manifest.ocpiVersions.join(', '),
    logo: manifest.logo ?? '',
    hostedUrl,
  }
}

type Issue = { path: readonly PropertyKey[]; code?: string; origin?: string; maximum?: number | bigint }

/** Which form field a schema issue belongs to (its path in the manifest). */
export function fieldOfIssue(path: readonly PropertyKey[]): ManifestField {
  const [head, next] = path
  if (head === 'pricing') return next === 'text' ? 'pricingText' : 'pricingModel'
  // "Give an email or a URL" concerns the pair: it is shown under the email, the first of the two.
  if (head === 'support') return next === 'url' ? 'supportUrl' : 'supportEmail'
  if (typeof head === 'string' && head !== 'form' && FIELDS.has(head)) return head as ManifestField
  return 'form'
}

/** Required fields, asked for in words when left empty (the schema's rule suits a wrong value, not a missing one). */
const REQUIRED = ['tagline', 'description', 'categories', 'pricingModel', 'supportEmail'] as const
type RequiredField = (typeof REQUIRED)[number]
const isRequired = (field: ManifestField): field is RequiredField => (REQUIRED as readonly string[]).includes(field)

function isMissing(field: RequiredField, manifest: ServiceManifest): boolean {
  if (field === 'tagline' || field === 'description') return manifest[field] === ''
  if (field === 'categories') return manifest.categories.length === 0
  if (field === 'pricingModel') return (manifest.pricing.model as string) === ''
  return manifest.support.email === undefined && manifest.support.url === undefined
}

const URL_FIELDS: readonly ManifestField[] = ['termsUrl', 'privacyUrl', 'apiDocsUrl', 'supportUrl']

/** One schema issue as a sentence about its field, from the issue's kind (the schema's own words are English). */
function issueText(field: ManifestField, issue: Issue, manifest: ServiceManifest, allowHttp: boolean, t: Translate): string {
  if (isRequired(field) && isMissing(field, manifest)) return t(`manifest.missing.${field}`)
  const label = fieldLabel(field, t)
  if (issue.code === 'too_big' && issue.maximum !== undefined) {
    return t(issue.origin === 'array' ? 'manifest.issue.tooMany' : 'manifest.issue.tooLong', { field: label, max: Number(issue.maximum) })
  }
  const [head, index] = issue.path
  if (head === 'countries' || head === 'ocpiVersions') {
    const item = typeof index === 'number' ? manifest[head][index] : undefined
    if (item === undefined) return t('manifest.issue.repeated', { field: label })
    return t(head === 'countries' ? 'manifest.issue.country' : 'manifest.issue.ocpiVersion', { field: label, item })
  }
  if (field === 'categories') return t('manifest.issue.repeated', { field: label })
  if (URL_FIELDS.includes(field)) return t('manifest.issue.url', { field: label, http: allowHttp ? 'yes' : 'no' })
  if (field === 'supportEmail') return t('manifest.issue.email', { field: label })
  if (field === 'tagline' || field === 'pricingText') return t('manifest.issue.oneLine', { field: label })
  if (field === 'logo') return t('manifest.issue.logo', { max: LOGO_MAX_BYTES / 1024 })
  return t('manifest.issue.other', { field: label })
}

/**
 * The schema's issues as one sentence per field (the first issue wins): "Terms URL must be an https:// address…",
 * list items named by their value ('Countries: “DEU” must be …'), an empty required field asked for in words.
 */
export function errorsFromIssues(issues: readonly Issue[], manifest: ServiceManifest, { allowHttp, t }: { allowHttp: boolean; t: Translate }): ManifestFormErrors {
  const errors: ManifestFormErrors = {}
  for (const issue of issues) {
    const field = fieldOfIssue(issue.path)
    errors[field] ??= issueText(field, issue, manifest, allowHttp, t)
  }
  return errors
}

export type ManifestCheck = { ok: true; manifest: ServiceManifest } | { ok: false; errors: ManifestFormErrors }

/** The draft judged by the same schema the app validates hosted manifests with (http URLs only on the local network). */
export function validateManifestDraft(draft: ManifestDraft, { allowHttp, t }: { allowHttp: boolean; t: Translate }): ManifestCheck {
  const candidate = manifestFromDraft(draft)
  const parsed = manifestSchema({ allowHttp }).safeParse(candidate)
  if (parsed.success) return { ok: true, manifest: parsed.data as ServiceManifest }
  return { ok: false, errors: errorsFromIssues(parsed.error.issues, candidate, { allowHttp, t }) }
}

const MAX_HOSTED_URL_LENGTH = 2_000

/**
 * Where the JSON is hosted, checked before it becomes the on-chain URL: http(s) with a host, https unless the app
 * runs the local network (the server will not fetch plain http elsewhere), no user name or password.
 */
export function hostedUrlProblem(text: string, { allowHttp, t }: { allowHttp: boolean; t: Translate }): string | null {
  const value = text.trim()
  if (!value) return t('provider.hosted.missing')
  if (value.length > MAX_HOSTED_URL_LENGTH) return t('provider.hosted.tooLong', { max: MAX_HOSTED_URL_LENGTH })
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return t('provider.hosted.notUrl')
  }
  if (url.protocol !== 'https:' && !(allowHttp && url.protocol === 'http:')) {
    return allowHttp ? t('provider.hosted.httpOrHttps') : t('provider.hosted.httpsOnly')
  }
  if (url.username || url.password) return t('provider.hosted.credentials')
  if (!manifestLocation(value)) return t('provider.hosted.notUrl')
  return null
}

/**
 * The catalog card's view of a draft (valid or not yet), as it will show once the hosted file matches the committed
 * hash; the logo is previewed from its data: URL, since the server has not fetched it.
 */
export function previewSummary(manifest: ServiceManifest): ManifestSummary {
  return {
    state: 'verified',
    tagline: manifest.tagline || null,
    categories: manifest.categories,
    pricing: (PRICING_MODELS as readonly string[]).includes(manifest.pricing.model) ? manifest.pricing.model : null,
    pricingText: manifest.pricing.text ?? null,
    logoHash: null,
  }
}

export const LOGO_TYPES = ['image/png', 'image/webp'] as const

/** What is wrong with a chosen logo file before it is read (its bytes are checked after, by parseLogo). */
export function logoFileProblem(file: { name: string; type: string; size: number }, t: Translate): string | null {
  if (file.type === 'image/svg+xml' || /\.svgz?$/i.test(file.name)) return t('provider.logo.svg')
  if (!(LOGO_TYPES as readonly string[]).includes(file.type)) return t('provider.logo.type')
  if (file.size === 0) return t('provider.logo.empty')
  if (file.size > LOGO_MAX_BYTES) return t('provider.logo.tooLarge', { size: kib(file.size), max: kib(LOGO_MAX_BYTES) })
  return null
}

// Rounded up to a tenth, so a file one byte too large never reads as exactly the limit.
const kib = (bytes: number) => Math.ceil((bytes / 1024) * 10) / 10


export type LogoRead = { ok: true; dataUrl: string } | { ok: false; reason: string }

/** A chosen file as the manifest's logo: its name, type and size checked first, then its bytes (parseLogo). */
export async function readLogoFile(file: Blob & { name: string }, t: Translate): Promise<LogoRead> {
  const problem = logoFileProblem(file, t)
  if (problem) return { ok: false, reason: problem }
  const dataUrl = `data:${file.type};base64,${bytesToBase64(new Uint8Array(await file.arrayBuffer()))}`
  const parsed = parseLogo(dataUrl)
  // parseLogo's reason is the server's English wording: the form says the same in the visitor's language.
  return parsed.ok ? { ok: true, dataUrl } : { ok: false, reason: t('provider.logo.notImage') }
}
