'use client'

import { useId } from 'react'
import type { Guard } from '@/lib/writes/guard'
import { AppLink } from './AppLink'
import { Button } from './Button'
import { LINK, TEXT_BODY, TEXT_MUTED, type ButtonVariant } from './styles'

type Props = {
  /** From `guardWrite`: whether the write can run, and if not, why. */
  guard: Guard
  label: string
  /** What the button does; a form's submit button (`submit`) leaves that to the form's onSubmit. */
  onRun?: () => void
  submit?: boolean
  /** A condition of the form itself (a typed confirmation, a write under way), on top of the guard. */
  disabled?: boolean
  variant?: ButtonVariant
  /**
   * `replace`: a blocked write shows its reason where the button was (an action not on offer, like agreeing).
   * `disable`: the button stays, disabled, with the reason under it (a form's submit).
   */
  blocked?: 'replace' | 'disable'
  /** Marks the reason's element, which carries the reason code as `data-reason`. */
  testId?: string
  className?: string
}

/** A write button that runs only when the guard allows it, and otherwise says why and where to go. */
export function GuardedAction({ guard, label, onRun, submit = false, disabled = false, variant = 'primary', blocked = 'replace', testId = 'guard-status', className }: Props) {
  const reasonId = useId()
  if (guard.ok) {
    return (
      <>
        {guard.note && <p className={TEXT_MUTED}>{guard.note}</p>}
        <Button variant={variant} size="md" type={submit ? 'submit' : 'button'} onClick={onRun} disabled={disabled} className={className}>
          {label}
        </Button>
      </>
    )
  }
  const reason = (
    <div id={reasonId} data-testid={testId} data-reason={guard.reason} className="space-y-2">
      <p className={guard.done ? 'font-medium text-emerald-800 dark:text-emerald-300' : TEXT_BODY}>{guard.message}</p>
      {guard.link && (
        <AppLink href={guard.link.href} className={LINK}>
          {guard.link.label}
        </AppLink>
      )}
    </div>
  )
  if (blocked === 'replace') return reason
  return (
    <>
      <Button variant={variant} size="md" disabled aria-describedby={reasonId} className={className}>
        {label}
      </Button>
      {reason}
    </>
  )
}
