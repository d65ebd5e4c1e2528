import { useFormatter, useTranslations } from 'next-intl'
import { categoryLabel, pricingLabel } from '@/lib/manifest/labels'
import { countryNames, descriptionParagraphs, mailtoHref } from '@/lib/manifest/display'
import { logoPath, type ServiceManifest } from '@/lib/manifest/types'
import { ExternalUrl } from '@/components/ui/ExternalUrl'
import { UntrustedText } from '@/components/ui/UntrustedText'

const TERM = 'text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400'

type Props = {
  manifest: ServiceManifest
  /** Null when the logo must not be shown (a changed manifest). */
  logoHash: string | null
  /** Off for a changed manifest: what someone swapped in after the commitment gets no clickable links. */
  linked: boolean
}

/**
 * What a provider's manifest says, every value inert: text through UntrustedText, links only through ExternalUrl,
 * e-mail as mailto only when it is a plain address.
 */
export function ManifestDetails({ manifest, logoHash, linked }: Props) {
  const t = useTranslations('service.manifest')
  const vocab = useTranslations()
  const format = useFormatter()
  const { support } = manifest
  const email = support.email && linked ? mailtoHref(support.email) : null
  const url = (value: string) =>
    linked ? (
      <ExternalUrl url={value} max={80} />
    ) : (
      <span className="font-mono text-sm">
        <UntrustedText value={value} max={80} />
      </span>
    )
  return (
    <div className="space-y-3">
      <div className="flex items-start gap-3">
        {logoHash && (
          // A logo the server fetched and validated itself (PNG/WebP, size-capped), from its own route.
          // eslint-disable-next-line @next/next/no-img-element
          <img data-testid="manifest-logo" src={logoPath(logoHash)} alt="" width={48} height={48} className="size-12 shrink-0 rounded-lg object-contain ring-1 ring-slate-200 dark:ring-slate-700" />
        )}
        <p data-testid="manifest-tagline" className="font-medium">
          <UntrustedText value={manifest.tagline} max={120} empty={t('noTagline')} />
        </p>
      </div>
      <div data-testid="manifest-description" className="space-y-2 text-sm text-slate-700 dark:text-slate-300">
        {descriptionParagraphs(manifest.description).map((paragraph, i) => (
          <p key={i}>
            <UntrustedText value={paragraph} max={2_000} empty="" />
          </p>
        ))}
      </div>
      <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-2">
        <div data-testid="manifest-pricing" data-model={manifest.pricing.model}>
          <dt className={TERM}>{t('pricing')}</dt>
          <dd>
            <span className="font-medium">{pricingLabel(manifest.pricing.model, vocab)}</span>
            {manifest.pricing.text && (
              <>
                {': '}
                <UntrustedText value={manifest.pricing.text} max={200} empty="" />
              </>
            )}
          </dd>
        </div>
        {manifest.categories.length > 0 && (
          <div data-testid="manifest-categories">
            <dt className={TERM}>{t('categories')}</dt>
            <dd>{format.list(manifest.categories.map((category) => categoryLabel(category, vocab)), { type: 'unit' })}</dd>
          </div>
        )}
        {manifest.countries.length > 0 && (
          <div data-testid="manifest-countries" className="sm:col-span-2">
            <dt className={TERM}>{t('countries')}</dt>
            <dd>
              {countryNames(manifest.countries).map(({ code, name }, i) => (
                <span key={code}>
                  {i > 0 && ', '}
                  {name === code ? (
                    <UntrustedText value={code} max={8} />
                  ) : (
                    <>
                      {name} <span className="font-mono text-xs text-slate-600 dark:text-slate-400">({code})</span>
                    </>
                  )}
                </span>
              ))}
            </dd>
          </div>
        )}
        {manifest.ocpiVersions.length > 0 && (
          <div data-testid="manifest-ocpi-versions">
            <dt className={TERM}>{t('ocpiVersions')}</dt>
            <dd className="font-mono">
              <UntrustedText value={manifest.ocpiVersions.join(', ')} max={120} />
            </dd>
          </div>
        )}
        {manifest.termsUrl && (
          <div data-testid="manifest-terms">
            <dt className={TERM}>{t('terms')}</dt>
            <dd>
              {url(manifest.termsUrl)}
            </dd>
          </div>
        )}
        {manifest.privacyUrl && (
          <div data-testid="manifest-privacy">
            <dt className={TERM}>{t('privacy')}</dt>
            <dd>
              {url(manifest.privacyUrl)}
            </dd>
          </div>
        )}
        {manifest.apiDocsUrl && (
          <div data-testid="manifest-api-docs">
            <dt className={TERM}>{t('apiDocs')}</dt>
            <dd>
              {url(manifest.apiDocsUrl)}
            </dd>
          </div>
        )}
        {(support.email || support.url) && (
          <div data-testid="manifest-support">
            <dt className={TERM}>{t('support')}</dt>
            <dd className="space-y-0.5">
              {support.email && (
                <div>
                  {email ? (
                    <a href={email} className="font-mono text-sm text-indigo-700 underline decoration-dotted hover:decoration-solid dark:text-indigo-300">
                      <UntrustedText value={support.email} max={200} expandable={false} />
                    </a>
                  ) : (
                    <span className="font-mono text-sm">
                      <UntrustedText value={support.email} max={200} />
                    </span>
                  )}
                </div>
              )}
              {support.url && (
                <div>
                  {url(support.url)}
                </div>
              )}
            </dd>
          </div>
        )}
      </dl>
    </div>
  )
}
