'use client'

import { useId } from 'react'
import { serializeSignedRequest, signedRequestLink } from '@/lib/signing/document'
import { signedRequestFileName } from '@/lib/signing/share'
import { type SignedRequest, SIGNING_TEST_IDS } from '@/lib/signing/types'
import { CONTROL, LINK, NOTICE } from '@/components/ui/styles'
import { CopyButton } from './CopyButton'

/** The signed request, ready to share: a link, the same as a JSON document, and a file to download. */
export function SignedRequestResult({ request }: { request: SignedRequest }) {
  const linkId = useId()
  const jsonId = useId()
  const json = serializeSignedRequest(request)
  const link = signedRequestLink(window.location.origin, request)
  // A data: URL, not a blob one: nothing to revoke, and the file is at most a few kilobytes.
  const file = `data:application/json;charset=utf-8,${encodeURIComponent(json)}`
  return (
    <section data-testid={SIGNING_TEST_IDS.result} aria-label="Signed request" className={`space-y-3 text-sm ${NOTICE.success}`}>
      <p className="font-semibold">Signed. Nothing was sent on chain.</p>
      <p>
        Send this link to whoever will submit it, for example your node operator: they open it, read the same review, and submit it from
        their own account, paying the gas. Anyone holding the link can submit it, and it never expires: share it only with them.
      </p>
      <div>
        <label htmlFor={linkId} className="block font-medium">
          Link
        </label>
        <div className="mt-1 flex gap-2">
          <input id={linkId} data-testid={SIGNING_TEST_IDS.link} readOnly value={link} className={`min-w-0 flex-1 font-mono ${CONTROL}`} onFocus={(e) => e.target.select()} />
          <CopyButton text={link} label="Copy the link" />
        </div>
      </div>
      <div>
        <label htmlFor={jsonId} className="block font-medium">
          The same as a JSON document
        </label>
        <textarea id={jsonId} data-testid={SIGNING_TEST_IDS.json} readOnly value={json} rows={8} className={`mt-1 w-full font-mono text-xs ${CONTROL}`} />
        <div className="mt-1 flex flex-wrap items-center gap-3">
          <CopyButton text={json} label="Copy the JSON" />
          <a data-testid={SIGNING_TEST_IDS.download} href={file} download={signedRequestFileName(request)} className={LINK}>
            Download as a .json file
          </a>
        </div>
      </div>
    </section>
  )
}
