import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from '@formatjs/icu-messageformat-parser'
import { describe, expect, it } from 'vitest'
import { DEFAULT_LOCALE } from './config'
import { flattenCatalogue as flatten } from './leftovers'

const DIR = join(process.cwd(), 'messages')

/** The names a message interpolates ({name}, {count, plural, ...}, <link>...</link>), sorted. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>()
  const walk = (nodes: ReturnType<typeof parse>) => {
    for (const node of nodes) {
      if ('value' in node && typeof node.value === 'string' && node.type !== 0) names.add(node.value)
      if ('options' in node) for (const option of Object.values(node.options)) walk(option.value)
      if ('children' in node) walk(node.children)
    }
  }
  walk(parse(message))
  return [...names].sort()
}

const catalogues = readdirSync(DIR).filter((file) => file.endsWith('.json'))
const source = flatten(JSON.parse(readFileSync(join(DIR, `${DEFAULT_LOCALE}.json`), 'utf8')))

describe('message catalogues', () => {
  it('has a source catalogue and at least one translation', () => {
    expect(catalogues).toContain(`${DEFAULT_LOCALE}.json`)
    expect(catalogues.length).toBeGreaterThan(1)
  })

  it.each(catalogues)('%s parses as ICU messages', (file) => {
    const messages = flatten(JSON.parse(readFileSync(join(DIR, file), 'utf8')))
    for (const [key, message] of messages) expect(() => parse(message), `${file}: ${key}`).not.toThrow()
  })

  it.each(catalogues.filter((file) => file !== `${DEFAULT_LOCALE}.json`))('%s has exactly the source keys and arguments', (file) => {
    const messages = flatten(JSON.parse(readFileSync(join(DIR, file), 'utf8')))
    expect([...messages.keys()].sort()).toEqual([...source.keys()].sort())
    for (const [key, message] of source) {
      expect(argumentsOf(messages.get(key) ?? ''), `${file}: ${key}`).toEqual(argumentsOf(message))
      expect(messages.get(key)?.trim(), `${file}: ${key} is empty`).not.toBe('')
    }
  })
})
