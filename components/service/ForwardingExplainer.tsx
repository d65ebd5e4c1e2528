import { TEXT_BODY } from '@/components/ui/styles'

export function ForwardingExplainer() {
  return (
    <details className="rounded-xl bg-white p-4 text-sm ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800">
      <summary className="cursor-pointer font-medium">How forwarding works</summary>
      <ul className={`mt-2 list-disc space-y-1 pl-5 ${TEXT_BODY}`}>
        <li>Only copies of <em>requests</em> are forwarded, never the responses to them.</li>
        <li>Only requests that <em>your</em> party sends, and only by your own OCN node.</li>
        <li>
          <strong>Sender</strong> means requests to a sender interface (mostly pulls such as{' '}
          <code>GET /ocpi/sender/2.2/cdrs</code>); <strong>receiver</strong> means requests to a receiver interface
          (mostly pushes such as <code>POST /ocpi/receiver/2.2/cdrs</code>). A billing service that wants every CDR a
          CPO pushes needs CDRs · receiver.
        </li>
        <li>Credentials, hub client info and custom modules are never forwarded.</li>
      </ul>
    </details>
  )
}
