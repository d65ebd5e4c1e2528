import type { ReactNode } from 'react'

/**
 * Marks the page's main action (one at a time on /identity) for the checks that keep it within a phone's first
 * screen. Its box is exactly its control's.
 */
export function MainAction({ children, className = '' }: { children: ReactNode; className?: string }) {
  return (
    <span data-testid="main-action" className={`inline-flex ${className}`.trim()}>
      {children}
    </span>
  )
}
