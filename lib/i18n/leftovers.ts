import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'

/**
 * "No English left on a German page" as data: the source catalogue's sentences cut into the literal fragments a page
 * shows verbatim, so an e2e test can look for them in what a translated page renders. Pure, to be tested on its own.
 */
export type Catalogue = { [key: string]: string | Catalogue }

export function flattenCatalogue(tree: Catalogue, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out.set(path, value)
    else for (const [k, v] of flattenCatalogue(value, path)) out.set(k, v)
  }
  return out
}

/** The message's literal text, cut at every {argument}, tag, plural # and option boundary, whitespace collapsed. */
export function literalRuns(message: string): string[] {
  const runs: string[] = []
  let current = ''
  const cut = () => {
    runs.push(current)
    current = ''
  }
  const walk = (nodes: MessageFormatElement[]) => {
    for (const node of nodes) {
      if (node.type === TYPE.literal) current += node.value
      else if (node.type === TYPE.tag) {
        cut()
        walk(node.children)
        cut()
      } else if (node.type === TYPE.plural || node.type === TYPE.select) {
        cut()
        for (const option of Object.values(node.options)) {
          walk(option.value)
          cut()
        }
      } else cut()
    }
  }
  walk(parse(message, { ignoreTag: false }))
  cut()
  return runs.map(tidy).filter((run) => run !== '')
}

// Edges are where the arguments were: a colon, a bracket or a quotation mark there belongs to neither side.
const tidy = (text: string) => text.replace(/\s+/g, ' ').replace(/^[\s:;,.()“”„"‘’'·–—-]+|[\s:;,(“”„"‘’'·–—-]+$/g, '')

const wordCount = (text: string) => text.split(' ').filter((word) => /\p{L}/u.test(word)).length

/**
 * The fragments of `source` (English) that must not appear on a page in `translation`'s language: from every message
 * that the translation words differently, each literal run of at least `minWords` words, except runs the translation
 * itself contains (technical names such as "GET /ocpi/sender/2.2/cdrs" stay as they are in every language).
 */
export function untranslatedFragments(source: Catalogue, translation: Catalogue, minWords = 2): string[] {
  const translated = flattenCatalogue(translation)
  const translatedText = [...translated.values()].flatMap(literalRuns).join('\n')
  const fragments = new Set<string>()
  for (const [key, message] of flattenCatalogue(source)) {
    if (translated.get(key) === message) continue
    for (const run of literalRuns(message)) {
      if (wordCount(run) >= minWords && !translatedText.includes(run)) fragments.add(run)
    }
  }
  return [...fragments].sort()
}

/** Which fragments occur in a page's text (visible text, labels, titles, placeholders), each once. */
export function fragmentsIn(text: string, fragments: readonly string[]): string[] {
  const page = text.replace(/\s+/g, ' ')
  return fragments.filter((fragment) => page.includes(fragment))
}
