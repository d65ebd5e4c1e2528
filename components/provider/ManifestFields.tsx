import type { ManifestDraft, ManifestFormErrors } from '@/lib/provider/manifest-form'
import { MANIFEST_BOUNDS } from '@/lib/manifest/schema'
import { TextAreaField } from '@/components/ui/TextAreaField'
import { TextField } from '@/components/ui/TextField'
import { CategoryCheckboxes } from './CategoryCheckboxes'
import { LogoInput } from './LogoInput'
import { PricingModelSelect } from './PricingModelSelect'

type Props = { draft: ManifestDraft; errors: ManifestFormErrors; onChange: (patch: Partial<ManifestDraft>) => void }

/** Every field of the manifest, labelled, each with its own error. */
export function ManifestFields({ draft, errors, onChange }: Props) {
  return (
    <div className="space-y-4">
      <TextField
        id="manifest-tagline"
        label="Tagline"
        hint={`One line for the catalog card, at most ${MANIFEST_BOUNDS.tagline} characters.`}
        value={draft.tagline}
        error={errors.tagline}
        onChange={(tagline) => onChange({ tagline })}
      />
      <TextAreaField
        id="manifest-description"
        label="Description"
        hint={`What the service does, in plain text (no markup); a blank line starts a paragraph. At most ${MANIFEST_BOUNDS.description.toLocaleString('en')} characters.`}
        value={draft.description}
        error={errors.description}
        onChange={(description) => onChange({ description })}
      />
      <CategoryCheckboxes value={draft.categories} error={errors.categories} onChange={(categories) => onChange({ categories })} />
      <div className="grid gap-4 sm:grid-cols-2">
        <PricingModelSelect value={draft.pricingModel} error={errors.pricingModel} onChange={(pricingModel) => onChange({ pricingModel })} />
        <TextField
          id="manifest-pricing-text"
          label="Pricing details"
          hint="Optional, one line: 0.05 EUR per session, first 1,000 free."
          value={draft.pricingText}
          error={errors.pricingText}
          onChange={(pricingText) => onChange({ pricingText })}
        />
      </div>
      <TextField id="manifest-terms-url" label="Terms URL" mono placeholder="https://billing.example.com/terms" value={draft.termsUrl} error={errors.termsUrl} onChange={(termsUrl) => onChange({ termsUrl })} />
      <TextField
        id="manifest-privacy-url"
        label="Privacy notice URL"
        hint="Your privacy notice or data-processing agreement."
        mono
        placeholder="https://billing.example.com/privacy"
        value={draft.privacyUrl}
        error={errors.privacyUrl}
        onChange={(privacyUrl) => onChange({ privacyUrl })}
      />
      <TextField
        id="manifest-api-docs-url"
        label="API documentation URL"
        mono
        placeholder="https://docs.billing.example.com"
        value={draft.apiDocsUrl}
        error={errors.apiDocsUrl}
        onChange={(apiDocsUrl) => onChange({ apiDocsUrl })}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="manifest-support-email"
          label="Support email"
          hint="An email address or a URL, or both."
          placeholder="support@billing.example.com"
          value={draft.supportEmail}
          error={errors.supportEmail}
          onChange={(supportEmail) => onChange({ supportEmail })}
        />
        <TextField
          id="manifest-support-url"
          label="Support URL"
          mono
          placeholder="https://billing.example.com/support"
          value={draft.supportUrl}
          error={errors.supportUrl}
          onChange={(supportUrl) => onChange({ supportUrl })}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="manifest-countries"
          label="Countries"
          hint="Two-letter codes, separated by commas: DE, NL, FR."
          value={draft.countries}
          error={errors.countries}
          onChange={(countries) => onChange({ countries })}
        />
        <TextField
          id="manifest-ocpi-versions"
          label="OCPI versions"
          hint="Separated by commas: 2.2.1, 2.1.1."
          value={draft.ocpiVersions}
          error={errors.ocpiVersions}
          onChange={(ocpiVersions) => onChange({ ocpiVersions })}
        />
      </div>
      <LogoInput value={draft.logo} error={errors.logo} onChange={(logo) => onChange({ logo })} />
    </div>
  )
}
