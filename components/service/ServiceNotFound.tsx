import { AppLink } from '@/components/ui/AppLink'

/** No live service at an address: the 404 page on the server, and the same words after a browser read. */
export function ServiceNotFound() {
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <h1 className="text-2xl font-bold">No live service at this address</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">
        The address offers no OCN service on this network: it never published one, or its provider withdrew it.
      </p>
      <AppLink href="/services" className="mt-4 inline-block text-indigo-700 hover:underline dark:text-indigo-300">
        Browse all services
      </AppLink>
    </div>
  )
}
