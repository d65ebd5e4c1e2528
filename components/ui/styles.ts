/**
 * The marketplace's look in one place, light and dark side by side: indigo to act, red for danger and errors, amber
 * for warnings, emerald for done. Components compose these instead of spelling colours of their own.
 */
export type Tone = 'neutral' | 'info' | 'success' | 'warning' | 'danger'

/** Small labels: badges, flags on untrusted text. */
export const BADGE_TONE: Record<Tone, string> = {
  neutral: 'bg-slate-100 text-slate-800 ring-slate-200 dark:bg-slate-800 dark:text-slate-200 dark:ring-slate-700',
  info: 'bg-sky-100 text-sky-900 ring-sky-300 dark:bg-sky-950 dark:text-sky-200 dark:ring-sky-800',
  success: 'bg-emerald-100 text-emerald-900 ring-emerald-300 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-800',
  warning: 'bg-amber-100 text-amber-900 ring-amber-300 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-800',
  danger: 'bg-red-100 text-red-800 ring-red-200 dark:bg-red-950 dark:text-red-300 dark:ring-red-900',
}

/** Boxes that carry a message: notices, warnings, errors. */
export const PANEL_TONE: Record<Tone, string> = {
  neutral: 'bg-white text-slate-900 ring-slate-200 dark:bg-slate-900 dark:text-slate-100 dark:ring-slate-800',
  info: 'bg-indigo-50 text-slate-900 ring-indigo-200 dark:bg-indigo-950/40 dark:text-slate-100 dark:ring-indigo-900',
  success: 'bg-emerald-50 text-emerald-900 ring-emerald-200 dark:bg-emerald-950/40 dark:text-emerald-200 dark:ring-emerald-900',
  warning: 'bg-amber-50 text-amber-900 ring-amber-200 dark:bg-amber-950/50 dark:text-amber-200 dark:ring-amber-900',
  danger: 'bg-red-50 text-red-900 ring-red-200 dark:bg-red-950/40 dark:text-red-200 dark:ring-red-900',
}

/** A message box with its padding, by tone: warnings above a form, a notice after a write. */
export const NOTICE: Record<Tone, string> = {
  neutral: `rounded-lg px-3 py-2 ring-1 ${PANEL_TONE.neutral}`,
  info: `rounded-lg px-3 py-2 ring-1 ${PANEL_TONE.info}`,
  success: `rounded-lg px-3 py-2 ring-1 ${PANEL_TONE.success}`,
  warning: `rounded-lg px-3 py-2 ring-1 ${PANEL_TONE.warning}`,
  danger: `rounded-lg px-3 py-2 ring-1 ${PANEL_TONE.danger}`,
}

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'danger-outline' | 'link'

const BUTTON_BASE = 'inline-flex items-center justify-center gap-2 rounded-lg font-medium disabled:cursor-not-allowed disabled:opacity-60'

export const BUTTON_VARIANT: Record<ButtonVariant, string> = {
  primary: `${BUTTON_BASE} bg-indigo-600 text-white hover:bg-indigo-500`,
  secondary: `${BUTTON_BASE} ring-1 ring-slate-300 hover:bg-white dark:ring-slate-700 dark:hover:bg-slate-800`,
  danger: `${BUTTON_BASE} bg-red-700 text-white hover:bg-red-600`,
  'danger-outline': `${BUTTON_BASE} text-red-700 ring-1 ring-red-300 hover:bg-red-50 dark:text-red-300 dark:ring-red-800 dark:hover:bg-red-950`,
  link: 'font-normal text-indigo-700 underline-offset-2 hover:underline disabled:opacity-60 dark:text-indigo-300',
}

export const BUTTON_SIZE = { sm: 'px-3 py-1.5 text-sm', md: 'px-4 py-2 text-sm' } as const

export const TEXT_BODY = 'text-slate-700 dark:text-slate-300'
export const TEXT_MUTED = 'text-slate-600 dark:text-slate-400'
export const LINK = 'text-indigo-700 hover:underline dark:text-indigo-300'
/** A link inside a sentence: colour alone does not set it apart from the words around it (WCAG 1.4.1). */
export const INLINE_LINK = `${LINK} underline underline-offset-2`
/** A text input or select, sized by where it sits. */
export const CONTROL = 'rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-900 aria-[invalid=true]:border-red-500'
/** A form field's input, as wide as its form. */
export const INPUT = `mt-1 w-full ${CONTROL}`
export const ERROR_TEXT = 'text-red-700 dark:text-red-400'
