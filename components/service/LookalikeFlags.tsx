import { AppLink } from '@/components/ui/AppLink'
import type { Lookalike, Resemblance } from '@/lib/ocn/lookalikes'
import { cleanText } from '@/lib/ocn/untrusted'

const HEADLINE: Record<Lookalike['kind'], string> = {
  'same-name': 'Same name as another provider’s service',
  'confusable-name': 'Name looks like another service’s',
  'confusable-credentials': 'Provider credentials look like another provider’s',
  'mixed-scripts': 'Name mixes writing systems',
}

function Other({ other }: { other: Resemblance }) {
  const name = cleanText(other.name, 48)
  return (
    <AppLink href={`/services/${other.provider}`} className="underline decoration-dotted hover:decoration-solid">
      “<bdi>{name.blank ? '(no name)' : name.text}</bdi>”{other.credentials && <> by <span className="font-mono">{other.credentials}</span></>}{' '}
      <span className="font-mono text-xs">({other.provider})</span>
    </AppLink>
  )
}

function detail(flag: Lookalike) {
  if (flag.kind === 'mixed-scripts') {
    return <>It mixes {flag.scripts.join(' and ')} letters, a common way to imitate another name. Check who the provider is before you trust it.</>
  }
  const more = flag.count - flag.others.length
  return (
    <>
      {flag.kind === 'confusable-credentials' ? 'Easy to mistake for' : 'Resembles'}{' '}
      {flag.others.map((other, i) => (
        <span key={other.provider}>
          {i > 0 && ', '}
          <Other other={other} />
        </span>
      ))}
      {more > 0 && ` and ${more.toLocaleString('en')} more`}. Check the provider&apos;s address before you trust it.
    </>
  )
}

/** Lookalike warnings for one service: names and credentials confusable with others', reused names, mixed scripts. */
export function LookalikeFlags({ flags }: { flags: readonly Lookalike[] }) {
  if (flags.length === 0) return null
  return (
    <ul className="space-y-1" data-testid="lookalike-flags">
      {flags.map((flag) => (
        <li
          key={flag.kind}
          data-testid="lookalike-flag"
          data-kind={flag.kind}
          className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-900 ring-1 ring-red-200 [overflow-wrap:anywhere] dark:bg-red-950/40 dark:text-red-200 dark:ring-red-900"
        >
          <span className="font-semibold">{HEADLINE[flag.kind]}.</span> {detail(flag)}
        </li>
      ))}
    </ul>
  )
}
