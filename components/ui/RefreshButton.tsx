'use client'

export function RefreshButton({ refreshing, failed, onRefresh }: { refreshing: boolean; failed: boolean; onRefresh: () => void }) {
  return (
    <span className="flex items-center gap-2 text-sm">
      {failed && !refreshing && (
        <span role="alert" className="text-red-700 dark:text-red-400">
          Refresh failed: the network did not answer.
        </span>
      )}
      <button
        type="button"
        onClick={onRefresh}
        disabled={refreshing}
        className="rounded-lg px-2.5 py-1 ring-1 ring-slate-300 hover:bg-white disabled:opacity-60 dark:ring-slate-700 dark:hover:bg-slate-900"
      >
        {refreshing ? 'Refreshing…' : 'Refresh'}
      </button>
    </span>
  )
}
