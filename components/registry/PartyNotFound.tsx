import { AppLink } from '@/components/ui/AppLink'

/** No listed party for an id: the 404 page on the server, and the same words after a browser read. */
export function PartyNotFound() {
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <h1 className="text-2xl font-bold">No listed party here</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">
        Nothing in the Registry matches this address or these credentials (use a 0x… address or a form like DE-MSP).
      </p>
      <AppLink href="/registry" className="mt-4 inline-block text-indigo-700 hover:underline dark:text-indigo-300">
        Browse the Registry
      </AppLink>
    </div>
  )
}
