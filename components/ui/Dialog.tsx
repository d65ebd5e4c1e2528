'use client'

import { type ReactNode, type RefObject, useEffect, useRef } from 'react'

const WIDTH = { sm: 'max-w-sm', md: 'max-w-md', lg: 'max-w-xl' } as const

type Props = {
  titleId: string
  title: ReactNode
  /** Called once the dialog has closed, by Escape, a cancel button or `ref.current.close()`. */
  onClose: () => void
  /** While true, Escape does not close it (a write is on its way). */
  busy?: boolean
  size?: keyof typeof WIDTH
  /** For callers that close it themselves, e.g. after a success. */
  ref?: RefObject<HTMLDialogElement | null>
  children: ReactNode
  /** The buttons at its foot, the main one last (a DialogCancel among them closes it). */
  footer?: ReactNode
}

/**
 * A native modal dialog, open while it is rendered: the browser traps focus, closes it on Escape and puts it above
 * everything else.
 */
export function Dialog({ titleId, title, onClose, busy = false, size = 'md', ref, children, footer }: Props) {
  const own = useRef<HTMLDialogElement>(null)
  const dialog = ref ?? own

  useEffect(() => {
    if (!dialog.current?.open) dialog.current?.showModal()
  }, [dialog])

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={(e) => busy && e.preventDefault()}
      className={`m-auto w-full ${WIDTH[size]} rounded-xl bg-white p-5 text-slate-900 shadow-xl backdrop:bg-slate-900/50 dark:bg-slate-900 dark:text-slate-100`}
    >
      <h2 id={titleId} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
      {footer && <div className="mt-4 flex justify-end gap-2">{footer}</div>}
    </dialog>
  )
}
