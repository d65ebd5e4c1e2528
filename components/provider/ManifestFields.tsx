import { useTranslations } from 'next-intl'
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
  const t = useTranslations()
  return (
    <div className="space-y-4">
      <TextField
        id="manifest-tagline"
        label={t('manifest.field.tagline')}
        hint={t('provider.manifest.taglineHint', { max: MANIFEST_BOUNDS.tagline })}
        value={draft.tagline}
        error={errors.tagline}
        onChange={(tagline) => onChange({ tagline })}
      />
      <TextAreaField
        id="manifest-description"
        label={t('manifest.field.description')}
        hint={t('provider.manifest.descriptionHint', { max: MANIFEST_BOUNDS.description })}
        value={draft.description}
        error={errors.description}
        onChange={(description) => onChange({ description })}
      />
      <CategoryCheckboxes value={draft.categories} error={errors.categories} onChange={(categories) => onChange({ categories })} />
      <div className="grid gap-4 sm:grid-cols-2">
        <PricingModelSelect value={draft.pricingModel} error={errors.pricingModel} onChange={(pricingModel) => onChange({ pricingModel })} />
        <TextField
          id="manifest-pricing-text"
          label={t('manifest.field.pricingText')}
          hint={t('provider.manifest.pricingTextHint')}
          value={draft.pricingText}
          error={errors.pricingText}
          onChange={(pricingText) => onChange({ pricingText })}
        />
      </div>
      <TextField id="manifest-terms-url" label={t('manifest.field.termsUrl')} mono placeholder="https://billing.example.com/terms" value={draft.termsUrl} error={errors.termsUrl} onChange={(termsUrl) => onChange({ termsUrl })} />
      <TextField
        id="manifest-privacy-url"
        label={t('manifest.field.privacyUrl')}
        hint={t('provider.manifest.privacyHint')}
        mono
        placeholder="https://billing.example.com/privacy"
        value={draft.privacyUrl}
        error={errors.privacyUrl}
        onChange={(privacyUrl) => onChange({ privacyUrl })}
      />
      <TextField
        id="manifest-api-docs-url"
        label={t('manifest.field.apiDocsUrl')}
        mono
        placeholder="https://docs.billing.example.com"
        value={draft.apiDocsUrl}
        error={errors.apiDocsUrl}
        onChange={(apiDocsUrl) => onChange({ apiDocsUrl })}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="manifest-support-email"
          label={t('manifest.field.supportEmail')}
          hint={t('provider.manifest.supportEmailHint')}
          placeholder="support@billing.example.com"
          value={draft.supportEmail}
          error={errors.supportEmail}
          onChange={(supportEmail) => onChange({ supportEmail })}
        />
        <TextField
          id="manifest-support-url"
          label={t('manifest.field.supportUrl')}
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
          label={t('manifest.field.countries')}
          hint={t('provider.manifest.countriesHint')}
          value={draft.countries}
          error={errors.countries}
          onChange={(countries) => onChange({ countries })}
        />
        <TextField
          id="manifest-ocpi-versions"
          label={t('manifest.field.ocpiVersions')}
          hint={t('provider.manifest.ocpiVersionsHint')}
          value={draft.ocpiVersions}
          error={errors.ocpiVersions}
          onChange={(ocpiVersions) => onChange({ ocpiVersions })}
        />
      </div>
      <LogoInput value={draft.logo} error={errors.logo} onChange={(logo) => onChange({ logo })} />
    </div>
  )
}
