/** The identity steps' buttons and inputs, in the marketplace's style: indigo to act, red to delete. */
export const PRIMARY_BUTTON = 'rounded-lg bg-indigo-600 px-4 py-1.5 font-medium text-white hover:bg-indigo-500 disabled:opacity-60'
export const SECONDARY_BUTTON =
  'rounded-lg px-3 py-1.5 ring-1 ring-slate-300 hover:bg-slate-50 disabled:opacity-60 dark:ring-slate-700 dark:hover:bg-slate-800'
export const DESTRUCTIVE_OUTLINE_BUTTON =
  'rounded-lg px-3 py-1.5 font-medium text-red-700 ring-1 ring-red-300 hover:bg-red-50 disabled:opacity-60 dark:text-red-300 dark:ring-red-800 dark:hover:bg-red-950'
export const TEXT_INPUT = 'mt-1 w-full rounded-lg bg-white px-3 py-1.5 font-mono ring-1 ring-slate-300 dark:bg-slate-950 dark:ring-slate-700'
export const WARNING = 'rounded-lg bg-amber-50 px-3 py-2 text-amber-900 dark:bg-amber-950/50 dark:text-amber-200'
