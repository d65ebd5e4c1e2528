import '../zod-jitless'
import type { Address } from 'viem'
import { CATEGORIES, LOGO_MAX_BYTES, MANIFEST_VERSION, type ManifestSummary, PRICING_MODELS, type PricingModel, type ServiceManifest } from '../manifest/types'
import { bytesToBase64 } from '../manifest/integrity'
import { manifestLocation } from '../manifest/location'
import { parseLogo } from '../manifest/logo'
import { manifestSchema } from '../manifest/schema'

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

export const FIELD_LABELS: Record<ManifestField, string> = {
  tagline: 'Tagline',
  description: 'Description',
  categories: 'Categories',
  pricingModel: 'Pricing model',
  pricingText: 'Pricing details',
  termsUrl: 'Terms URL',
  privacyUrl: 'Privacy notice URL',
  apiDocsUrl: 'API documentation URL',
  supportEmail: 'Support email',
  supportUrl: 'Support URL',
  countries: 'Countries',
  ocpiVersions: 'OCPI versions',
  logo: 'Logo',
  form: 'Manifest',
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

type Issue = { path: readonly PropertyKey[]; message: string }

/** Which form field a schema issue belongs to (its path in the manifest). */
export function fieldOfIssue(path: readonly PropertyKey[]): ManifestField {
  const [head, next] = path
  if (head === 'pricing') return next === 'text' ? 'pricingText' : 'pricingModel'
  // "Give an email or a URL" concerns the pair: it is shown under the email, the first of the two.
  if (head === 'support') return next === 'url' ? 'supportUrl' : 'supportEmail'
  if (typeof head === 'string' && head in FIELD_LABELS && head !== 'form') return head as ManifestField
  return 'form'
}

/** What to say when a required field is left empty (the schema's own words suit a wrong value, not a missing one). */
const MISSING: Partial<Record<ManifestField, string>> = {
  tagline: 'Write a one-line tagline for the catalog card.',
  description: 'Describe what your service does.',
  categories: 'Choose at least one category.',
  pricingModel: 'Choose a pricing model.',
  supportEmail: 'Give a support email address or a support URL.',
}

function isMissing(field: ManifestField, manifest: ServiceManifest): boolean {
  if (field === 'tagline' || field === 'description') return manifest[field] === ''
  if (field === 'categories') return manifest.categories.length === 0
  if (field === 'pricingModel') return (manifest.pricing.model as string) === ''
  return field === 'supportEmail' && manifest.support.email === undefined && manifest.support.url === undefined
}

/**
 * The schema's issues as one sentence per field (the first issue wins): "Terms URL must be an https:// address.",
 * list items named by their value ('Countries: "DEU" must be ...'), an empty required field asked for in words.
 */
export function errorsFromIssues(issues: readonly Issue[], manifest: ServiceManifest): ManifestFormErrors {
  const errors: ManifestFormErrors = {}
  for (const issue of issues) {
    const field = fieldOfIssue(issue.path)
    if (errors[field]) continue
    const missing = MISSING[field]
    if (missing && isMissing(field, manifest)) {
      errors[field] = missing
      continue
    }
    const [head, index] = issue.path
    const item = (head === 'countries' || head === 'ocpiVersions') && typeof index === 'number' ? manifest[head][index] : undefined
    errors[field] = item === undefined ? `${FIELD_LABELS[field]} ${issue.message}.` : `${FIELD_LABELS[field]}: "${item}" ${issue.message}.`
  }
  return errors
}

export type ManifestCheck = { ok: true; manifest: ServiceManifest } | { ok: false; errors: ManifestFormErrors }

/** The draft judged by the same schema the app validates hosted manifests with (http URLs only on the local network). */
export function validateManifestDraft(draft: ManifestDraft, { allowHttp }: { allowHttp: boolean }): ManifestCheck {
  const candidate = manifestFromDraft(draft)
  const parsed = manifestSchema({ allowHttp }).safeParse(candidate)
  if (parsed.success) return { ok: true, manifest: parsed.data as ServiceManifest }
  return { ok: false, errors: errorsFromIssues(parsed.error.issues, candidate) }
}

const MAX_HOSTED_URL_LENGTH = 2_000

/**
 * Where the JSON is hosted, checked before it becomes the on-chain URL: http(s) with a host, https unless the app
 * runs the local network (the server will not fetch plain http elsewhere), no user name or password.
 */
export function hostedUrlProblem(text: string, { allowHttp }: { allowHttp: boolean }): string | null {
  const value = text.trim()
  if (!value) return 'Enter the URL where you host the manifest.'
  if (value.length > MAX_HOSTED_URL_LENGTH) return `Keep the URL to ${MAX_HOSTED_URL_LENGTH} characters or fewer.`
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return 'Enter a full URL, for example https://billing.example.com/ocn-service.json.'
  }
  if (url.protocol !== 'https:' && !(allowHttp && url.protocol === 'http:')) {
    return allowHttp ? 'Enter an http(s) URL.' : 'Enter an https URL: the app fetches manifests over https only.'
  }
  if (url.username || url.password) return 'Leave the user name and password out of the URL.'
  if (!manifestLocation(value)) return 'Enter a full URL, for example https://billing.example.com/ocn-service.json.'
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
export function logoFileProblem(file: { name: string; type: string; size: number }): string | null {
  if (file.type === 'image/svg+xml' || /\.svgz?$/i.test(file.name)) {
    return 'SVG logos are refused: an SVG can carry scripts and links. Export the logo as a PNG or WebP image.'
  }
  if (!(LOGO_TYPES as readonly string[]).includes(file.type)) return 'Choose a PNG or WebP image.'
  if (file.size === 0) return 'This file is empty.'
  if (file.size > LOGO_MAX_BYTES) {
    return `This image is ${kib(file.size)} KiB; a logo may be at most ${kib(LOGO_MAX_BYTES)} KiB. A 128 × 128 PNG or WebP usually fits.`
  }
  return null
}

const kib = (bytes: number) => (Math.ceil((bytes / 1024) * 10) / 10).toLocaleString('en')


export type LogoRead = { ok: true; dataUrl: string } | { ok: false; reason: string }

/** A chosen file as the manifest's logo: its name, type and size checked first, then its bytes (parseLogo). */
export async function readLogoFile(file: Blob & { name: string }): Promise<LogoRead> {
  const problem = logoFileProblem(file)
  if (problem) return { ok: false, reason: problem }
  const dataUrl = `data:${file.type};base64,${bytesToBase64(new Uint8Array(await file.arrayBuffer()))}`
  const parsed = parseLogo(dataUrl)
  return parsed.ok ? { ok: true, dataUrl } : { ok: false, reason: parsed.reason }
}
