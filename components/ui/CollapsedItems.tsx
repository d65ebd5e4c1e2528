import type { ReactNode } from 'react'

type Props = {
  /** List items (<li>), in order. */
  items: ReactNode[]
  /** How many stay in view. */
  shown: number
  /** The disclosure's text, given how many items it holds. */
  summary: (hidden: number) => string
  /** Classes of the list the hidden items are laid out in, to match the list this sits in. */
  listClassName: string
}

/**
 * Items of a list whose length anyone on chain can choose (a service may list hundreds of permission values):
 * the first few in place, the rest one click away in a box of bounded height, so no page grows without end.
 */
export function CollapsedItems({ items, shown, summary, listClassName }: Props) {
  if (items.length <= shown) return <>{items}</>
  const hidden = items.slice(shown)
  return (
    <>
      {items.slice(0, shown)}
      <li className="w-full list-none">
        <details data-testid="collapsed-items">
          <summary className="min-h-6 cursor-pointer text-sm text-indigo-700 dark:text-indigo-300">{summary(hidden.length)}</summary>
          {/* Focusable so the box scrolls from the keyboard too. */}
          <ul tabIndex={0} className={`mt-2 max-h-96 overflow-y-auto ${listClassName}`}>
            {hidden}
          </ul>
        </details>
      </li>
    </>
  )
}
