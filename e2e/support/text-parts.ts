/**
 * Texts read piece by piece instead of run together. An element's textContent glues its children's texts
 * ("CDRs · receiver" + "personal data" reads "CDRs · receiverpersonal data"), so an assertion on it cannot tell
 * a badge from the words beside it. These read each element as the list of its pieces: its own text, then each
 * child element's text, in document order, blanks left out.
 */
import type { Locator } from '@playwright/test'

export function textParts(elements: Locator): Promise<string[][]> {
  return elements.evaluateAll((nodes) =>
    nodes.map((node) => {
      const parts: string[] = []
      let own = ''
      const flush = () => {
        if (own.trim() !== '') parts.push(own.replace(/\s+/g, ' ').trim())
        own = ''
      }
      for (const child of Array.from(node.childNodes)) {
        if (child.nodeType === Node.TEXT_NODE) {
          own += child.textContent ?? ''
        } else if (child.nodeType === Node.ELEMENT_NODE) {
          flush()
          const text = (child.textContent ?? '').replace(/\s+/g, ' ').trim()
          if (text !== '') parts.push(text)
        }
      }
      flush()
      return parts
    }),
  )
}

/** The definition a description list gives for `term` (matched whole), as a sighted user pairs them. */
export function definitionOf(list: Locator, term: string): Locator {
  return list
    .getByRole('term')
    .filter({ hasText: new RegExp(`^${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) })
    .locator('xpath=following-sibling::dd[1]')
}
