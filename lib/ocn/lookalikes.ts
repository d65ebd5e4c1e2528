import unhomoglyph from 'unhomoglyph'
import type { Address } from 'viem'
import { formatCredentials } from './codecs'
import type { Service } from './reads'
import { mixedScripts } from './scripts'
import { withoutHiddenCharacters } from './untrusted'

/**
 * A key two texts share when a reader could take one for the other: the UTS #39 skeleton (NFD, confusables.txt
 * mapping, NFD) with hidden characters dropped, whitespace collapsed and case folded. The mapping runs again after
 * folding, since lower case letters have lookalikes of their own (0→O→o). Case folding turns an I, which reads as
 * l, into i: so i counts as l too, or "BILLING" would not match "Billing" and "BiIling" at once.
 */
export function lookalikeKey(text: string): string {
  const skeleton = (value: string) => unhomoglyph(value.normalize('NFD')).normalize('NFD')
  const visible = withoutHiddenCharacters(text).replace(/\s+/gu, ' ').trim()
  return skeleton(skeleton(visible).toLowerCase()).replaceAll('i', 'l')
}

/** Another service a flag points at: enough to name it and link to it. */
export type Resemblance = { provider: Address; name: string; credentials: string }

export type Lookalike =
  /** The same name, character for character, as another provider's service. */
  | { kind: 'same-name'; others: Resemblance[]; count: number }
  /** A different spelling that reads the same: confusable characters, case, l/I/1, 0/O. */
  | { kind: 'confusable-name'; others: Resemblance[]; count: number }
  /** Provider credentials that read like another provider's (`NL*CP0` beside `NL*CPO`). */
  | { kind: 'confusable-credentials'; others: Resemblance[]; count: number }
  /** The name mixes scripts, as a Cyrillic 'а' among Latin letters does. */
  | { kind: 'mixed-scripts'; scripts: string[] }

/** Flags by provider address; a plain object, so the server can hand it to the browser as it is. */
export type LookalikeReport = Readonly<Partial<Record<Address, Lookalike[]>>>

/** Few enough to read in a flag; the count says how many there are in all. */
const MAX_NAMED = 3

function resemblance(service: Service): Resemblance {
  return { provider: service.provider, name: service.name, credentials: service.party ? formatCredentials(service.party) : '' }
}

function groupBy(services: readonly Service[], key: (service: Service) => string): Map<string, Service[]> {
  const groups = new Map<string, Service[]>()
  for (const service of services) {
    const k = key(service)
    if (k === '') continue
    const group = groups.get(k)
    if (group) group.push(service)
    else groups.set(k, [service])
  }
  return groups
}

/** The members of a group other than one service, named up to MAX_NAMED, without walking the whole group. */
function othersThan(group: readonly Service[], self: Service, selfIncluded: boolean) {
  const named = group.slice(0, MAX_NAMED + 1).filter((other) => other.provider !== self.provider).slice(0, MAX_NAMED)
  return { others: named.map(resemblance), count: group.length - (selfIncluded ? 1 : 0) }
}

/**
 * Every lookalike in a catalog, computed once for all of it: services are grouped by key, so the work grows with
 * the catalog, not with its square, and a flag names at most a few of the services it resembles.
 */
export function findLookalikes(services: readonly Service[]): LookalikeReport {
  const report: Partial<Record<Address, Lookalike[]>> = {}
  const add = (provider: Address, flag: Lookalike) => {
    ;(report[provider] ??= []).push(flag)
  }
  const nameKeys = new Map(services.map((s) => [s.provider, lookalikeKey(s.name)]))

  for (const group of groupBy(services, (s) => nameKeys.get(s.provider)!).values()) {
    if (group.length < 2) continue
    const spellings = [...groupBy(group, (s) => s.name.normalize('NFC')).values()]
    // One service per spelling, for the first few spellings: enough to name the others of any spelling.
    const heads = spellings.slice(0, MAX_NAMED + 1).map((spelling) => spelling[0])
    for (const spelling of spellings) {
      const otherHeads = heads.filter((head) => head !== spelling[0])
      for (const service of spelling) {
        if (spelling.length > 1) add(service.provider, { kind: 'same-name', ...othersThan(spelling, service, true) })
        if (spelling.length < group.length) {
          const named = otherHeads.slice(0, MAX_NAMED).map(resemblance)
          add(service.provider, { kind: 'confusable-name', others: named, count: group.length - spelling.length })
        }
      }
    }
  }

  const credentialGroups = groupBy(services, (s) => (s.party ? lookalikeKey(formatCredentials(s.party)) : ''))
  for (const group of credentialGroups.values()) {
    if (group.length < 2) continue
    for (const service of group) {
      add(service.provider, { kind: 'confusable-credentials', ...othersThan(group, service, true) })
    }
  }

  for (const service of services) {
    const scripts = mixedScripts(withoutHiddenCharacters(service.name))
    if (scripts) add(service.provider, { kind: 'mixed-scripts', scripts })
  }
  return report
}
