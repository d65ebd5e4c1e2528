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
