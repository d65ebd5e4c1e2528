'use client'

import { useTranslations } from 'next-intl'
import { useId } from 'react'
import { serializeSignedRequest, signedRequestLink } from '@/lib/signing/document'
import { signedRequestFileName } from '@/lib/signing/share'
import { type SignedRequest, SIGNING_TEST_IDS } from '@/lib/signing/types'
import { CONTROL, LINK, NOTICE } from '@/components/ui/styles'
import { CopyButton } from './CopyButton'

/** The signed request, ready to share: a link, the same as a JSON document, and a file to download. */
export function SignedRequestResult({ request }: { request: SignedRequest }) {
  const t = useTranslations()
  const linkId = useId()
  const jsonId = useId()
  const json = serializeSignedRequest(request)
  const link = signedRequestLink(window.location.origin, request)
  // A data: URL, not a blob one: nothing to revoke, and the file is at most a few kilobytes.
  const file = `data:application/json;charset=utf-8,${encodeURIComponent(json)}`
  return (
    <section data-testid={SIGNING_TEST_IDS.result} aria-label={t('signing.result.label')} className={`space-y-3 text-sm ${NOTICE.success}`}>
      <p className="font-semibold">{t('signing.result.signed')}</p>
      <p>{t('signing.result.share')}</p>
      <div>
        <label htmlFor={linkId} className="block font-medium">
          {t('signing.result.link')}
        </label>
        <div className="mt-1 flex gap-2">
          <input id={linkId} data-testid={SIGNING_TEST_IDS.link} readOnly value={link} className={`min-w-0 flex-1 font-mono ${CONTROL}`} onFocus={(e) => e.target.select()} />
          <CopyButton text={link} label={t('signing.result.copyLink')} />
        </div>
      </div>
      <div>
        <label htmlFor={jsonId} className="block font-medium">
          {t('signing.result.json')}
        </label>
        <textarea id={jsonId} data-testid={SIGNING_TEST_IDS.json} readOnly value={json} rows={8} className={`mt-1 w-full font-mono text-xs ${CONTROL}`} />
        <div className="mt-1 flex flex-wrap items-center gap-3">
          <CopyButton text={json} label={t('signing.result.copyJson')} />
          <a data-testid={SIGNING_TEST_IDS.download} href={file} download={signedRequestFileName(request)} className={LINK}>
            {t('signing.result.download')}
          </a>
        </div>
      </div>
    </section>
  )
}
