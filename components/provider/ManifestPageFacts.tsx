import { useFormatter, useTranslations } from 'next-intl'
import type { ReactNode } from 'react'
import { categoryLabel, pricingLabel } from '@/lib/manifest/labels'
import { PRICING_MODELS, type ServiceManifest } from '@/lib/manifest/types'
import { ExternalUrl } from '@/components/ui/ExternalUrl'
import { UntrustedText } from '@/components/ui/UntrustedText'
import { TEXT_MUTED } from '@/components/ui/styles'

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="sm:grid sm:grid-cols-[10rem_1fr] sm:gap-3">
      <dt className={`font-medium ${TEXT_MUTED}`}>{term}</dt>
      <dd className="break-words">{children}</dd>
    </div>
  )
}

/** The service page's key facts from a draft manifest, rendered with the same inert rules as a hosted one. */
export function ManifestPageFacts({ manifest }: { manifest: ServiceManifest }) {
  const t = useTranslations()
  const format = useFormatter()
  const paragraphs = manifest.description.split(/\n\s*\n/).map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' '))
  return (
    <div data-testid="manifest-preview-facts" className="space-y-3 rounded-xl bg-white p-5 text-sm ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800">
      <div className="space-y-2" data-testid="preview-description">
        {paragraphs.map((paragraph, i) => (
          <p key={i}>
            <UntrustedText value={paragraph} max={2_000} empty="" expandable={false} />
          </p>
        ))}
      </div>
      <dl className="space-y-1.5">
        {manifest.categories.length > 0 && <Fact term={t('provider.manifest.facts.categories')}>{format.list(manifest.categories.map((c) => categoryLabel(c, t)))}</Fact>}
        <Fact term={t('provider.manifest.facts.pricing')}>
          <span data-testid="preview-pricing">
            {(PRICING_MODELS as readonly string[]).includes(manifest.pricing.model) ? pricingLabel(manifest.pricing.model, t) : t('provider.manifest.noPricing')}
            {manifest.pricing.text && (
              <>
                {': '}
                <UntrustedText value={manifest.pricing.text} max={200} />
              </>
            )}
          </span>
        </Fact>
        {manifest.termsUrl && (
          <Fact term={t('provider.manifest.facts.terms')}>
            <ExternalUrl url={manifest.termsUrl} />
          </Fact>
        )}
        {manifest.privacyUrl && (
          <Fact term={t('provider.manifest.facts.privacy')}>
            <ExternalUrl url={manifest.privacyUrl} />
          </Fact>
        )}
        {(manifest.support.email || manifest.support.url) && (
        <Fact term={t('provider.manifest.facts.support')}>
          {manifest.support.email && <UntrustedText value={manifest.support.email} max={200} />}
          {manifest.support.email && manifest.support.url && ' · '}
          {manifest.support.url && <ExternalUrl url={manifest.support.url} />}
        </Fact>
        )}
        {manifest.apiDocsUrl && (
          <Fact term={t('provider.manifest.facts.apiDocs')}>
            <ExternalUrl url={manifest.apiDocsUrl} />
          </Fact>
        )}
        {manifest.countries.length > 0 && <Fact term={t('provider.manifest.facts.countries')}>{format.list(manifest.countries)}</Fact>}
        {manifest.ocpiVersions.length > 0 && <Fact term={t('provider.manifest.facts.ocpiVersions')}>{format.list(manifest.ocpiVersions)}</Fact>}
      </dl>
    </div>
  )
}
