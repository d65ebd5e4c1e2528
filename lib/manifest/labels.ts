import type { Translate } from '../i18n/translate'
import type { Category, ManifestState, PricingModel } from './types'

// The words live in messages/ (manifest.*): one key per value, so a new category or state is a catalogue entry.

export function categoryLabel(category: Category, t: Translate): string {
  return t(`manifest.category.${category}`)
}

export function pricingLabel(model: PricingModel, t: Translate): string {
  return t(`manifest.pricing.${model}`)
}

/** Short, for badges: every badge's text begins with one of these. */
export function stateLabel(state: ManifestState, t: Translate): string {
  return t(`manifest.state.${state}`)
}

/** One sentence per state, for the service page and the review dialog. */
export function stateSentence(state: ManifestState, t: Translate): string {
  return t(`manifest.stateSentence.${state}`)
}

// English only, for the catalog and service page until they call the functions above (issue 14: the parts are merged
// one by one). Delete these once nothing imports them; new code uses categoryLabel, pricingLabel, stateLabel, stateSentence.

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
