/** Where a party agrees to the service; until a wallet flow exists it explains what agreeing means. */
export function AgreePanel() {
  return (
    <section id="agree" aria-labelledby="agree-title" className="rounded-xl bg-indigo-50 p-4 text-sm ring-1 ring-indigo-200 dark:bg-indigo-950/40 dark:ring-indigo-900">
      <h2 id="agree-title" className="font-semibold">
        Use this service
      </h2>
      <p className="mt-1 text-slate-700 dark:text-slate-300">
        Your party agrees on chain, with the wallet that holds its OCN identity. From then on your OCN node forwards
        the service copies of the requests listed here.
      </p>
      <p className="mt-2 text-slate-700 dark:text-slate-300" data-testid="agree-status">
        Connect your party&apos;s wallet to agree.
      </p>
    </section>
  )
}
