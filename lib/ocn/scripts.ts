import propertyValueAliases from 'unicode-property-value-aliases-ecmascript'

/**
 * Mixed-script detection after UTS #39 §5.1: a string is single-script when the Script_Extensions of its
 * characters (Common and Inherited count for every script) have a script in common. Han, Hiragana, Katakana,
 * Hangul and Bopomofo are augmented so that ordinary Japanese, Korean and Chinese text is not flagged.
 * The engine's own Unicode tables answer `\p{Script_Extensions=…}`; the package only lists the script names.
 */
const SCRIPT_NAMES = [...new Set(propertyValueAliases.get('Script')?.values() ?? [])].filter(
  (name) => name !== 'Common' && name !== 'Inherited' && name !== 'Unknown',
)

const SCRIPT_TESTS: (readonly [string, RegExp])[] = SCRIPT_NAMES.flatMap((name) => {
  try {
    return [[name, new RegExp(`^\\p{Script_Extensions=${name}}$`, 'u')] as const]
  } catch {
    // A script newer than this engine's Unicode tables: its characters resolve to 'Unknown' below.
    return []
  }
})

const ANY_SCRIPT = /^[\p{Script_Extensions=Common}\p{Script_Extensions=Inherited}]$/u

const AUGMENTED: Record<string, readonly string[]> = {
  Han: ['Han with Bopomofo', 'Japanese', 'Korean'],
  Hiragana: ['Japanese'],
  Katakana: ['Japanese'],
  Hangul: ['Korean'],
  Bopomofo: ['Han with Bopomofo'],
}

const cache = new Map<string, readonly string[] | null>()

/** The scripts a character can belong to; null when it belongs to any (digits, punctuation, combining marks). */
function scriptsOf(character: string): readonly string[] | null {
  const cached = cache.get(character)
  if (cached !== undefined) return cached
  let scripts: readonly string[] | null = null
  if (!ANY_SCRIPT.test(character)) {
    const own = SCRIPT_TESTS.filter(([, test]) => test.test(character)).map(([name]) => name)
    scripts = own.length ? [...own, ...own.flatMap((name) => AUGMENTED[name] ?? [])] : ['Unknown']
  }
  cache.set(character, scripts)
  return scripts
}

/** The scripts a mixed-script text mixes, in order of appearance, or null when it is single-script. */
export function mixedScripts(text: string): string[] | null {
  if (/^[\x00-\x7f]*$/.test(text)) return null
  let resolved: Set<string> | null = null
  const seen: string[] = []
  for (const character of new Set(text)) {
    const scripts = scriptsOf(character)
    if (!scripts) continue
    if (!seen.some((name) => scripts.includes(name))) seen.push(scripts[0])
    resolved = resolved ? new Set(scripts.filter((name) => resolved!.has(name))) : new Set(scripts)
  }
  return resolved && resolved.size === 0 ? seen : null
}
