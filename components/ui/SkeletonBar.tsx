/** A grey placeholder bar of a skeleton; size and shape come from the caller. */
export function SkeletonBar({ className }: { className: string }) {
  return <div className={`animate-pulse rounded bg-slate-200 dark:bg-slate-800 ${className}`} />
}
