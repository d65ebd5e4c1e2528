import type { Category, ManifestState, PricingModel } from './types'

export const CATEGORY_LABELS: Record<Category, string> = {
  billing: 'Billing',
  payment: 'Payment',
  'data-enrichment': 'Data enrichment',
  'smart-charging': 'Smart charging',
  analytics: 'Analytics',
  roaming: 'Roaming',
  reporting: 'Reporting',
  other: 'Other',
}

export const PRICING_LABELS: Record<PricingModel, string> = {
  free: 'Free',
  subscription: 'Subscription',
  'per-session': 'Per session',
  'per-kwh': 'Per kWh',
  'on-request': 'On request',
}

/** Short, for badges: every badge's text begins with one of these. */
export const STATE_LABELS: Record<ManifestState, string> = {
  verified: 'Verified',
  unverified: 'Unverified',
  changed: 'Changed since committed',
  none: 'No manifest',
  invalid: 'Manifest rejected',
  unreachable: 'Manifest unavailable',
  pending: 'Checking manifest',
}

/** One sentence per state, for the service page and the review dialog. */
export const STATE_SENTENCES: Record<ManifestState, string> = {
  verified: 'Verified: matches what the provider committed on chain',
  unverified: 'Unverified: the provider can change it without notice',
  changed: 'Changed since the provider committed it: what is hosted now is not what the provider committed',
  none: 'No manifest',
  invalid: 'Manifest rejected: what the provider hosts is not a valid service manifest',
  unreachable: 'Manifest unavailable: it could not be fetched safely',
  pending: 'Checking the manifest: the server has not fetched it yet',
}
