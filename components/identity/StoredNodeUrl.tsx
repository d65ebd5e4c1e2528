import { canonicalNodeUrl } from '@/lib/ocn/node-url'

/** Exactly what setNode will store for the typed URL, and why it must match the node's own configuration. */
export function StoredNodeUrl({ typed }: { typed: string }) {
  const canonical = canonicalNodeUrl(typed)
  if (!canonical.ok) return null
  return (
    <div data-testid="node-url-preview" className="mt-2 space-y-1 text-sm text-slate-700 dark:text-slate-300">
      <p>
        Stored on chain exactly as{' '}
        <code data-testid="node-url-stored" className="break-all rounded bg-slate-100 px-1 font-mono dark:bg-slate-800">
          {canonical.url}
        </code>
        {canonical.url !== typed.trim() && <span> (the standard spelling of what you typed)</span>}.
      </p>
      <p>
        It must equal your node&apos;s configured public URL (<span className="font-mono">ocn.node.url</span> in ocn-node) byte for byte: other
        nodes and parties reach your node by exactly this text.
      </p>
    </div>
  )
}
