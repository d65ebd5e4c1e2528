import type { ReactNode } from 'react'
import { CATEGORY_LABELS, PRICING_LABELS } from '@/lib/manifest/labels'
import type { ServiceManifest } from '@/lib/manifest/types'
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
        {manifest.categories.length > 0 && <Fact term="Categories">{manifest.categories.map((c) => CATEGORY_LABELS[c]).join(', ')}</Fact>}
        <Fact term="Pricing">
          <span data-testid="preview-pricing">
            {PRICING_LABELS[manifest.pricing.model] ?? 'No pricing model chosen'}
            {manifest.pricing.text && (
              <>
                {': '}
                <UntrustedText value={manifest.pricing.text} max={200} />
              </>
            )}
          </span>
        </Fact>
        {manifest.termsUrl && (
          <Fact term="Terms">
            <ExternalUrl url={manifest.termsUrl} />
          </Fact>
        )}
        {manifest.privacyUrl && (
          <Fact term="Privacy notice">
            <ExternalUrl url={manifest.privacyUrl} />
          </Fact>
        )}
        {(manifest.support.email || manifest.support.url) && (
        <Fact term="Support">
          {manifest.support.email && <UntrustedText value={manifest.support.email} max={200} />}
          {manifest.support.email && manifest.support.url && ' · '}
          {manifest.support.url && <ExternalUrl url={manifest.support.url} />}
        </Fact>
        )}
        {manifest.apiDocsUrl && (
          <Fact term="API documentation">
            <ExternalUrl url={manifest.apiDocsUrl} />
          </Fact>
        )}
        {manifest.countries.length > 0 && <Fact term="Countries">{manifest.countries.join(', ')}</Fact>}
        {manifest.ocpiVersions.length > 0 && <Fact term="OCPI versions">{manifest.ocpiVersions.join(', ')}</Fact>}
      </dl>
    </div>
  )
}
