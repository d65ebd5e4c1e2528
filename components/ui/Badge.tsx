import type { HTMLAttributes } from 'react'
import { BADGE_TONE, type Tone } from './styles'

type Props = HTMLAttributes<HTMLSpanElement> & { tone?: Tone; shape?: 'pill' | 'tag' }

/** A short label beside other text: a flag on a provider, the network's kind, a count. */
export function Badge({ tone = 'neutral', shape = 'tag', className = '', ...props }: Props) {
  const form = shape === 'pill' ? 'rounded-full px-2.5 py-0.5 ring-1' : 'rounded px-1.5 py-0.5'
  return <span className={`inline-block text-xs font-medium ${form} ${BADGE_TONE[tone]} ${className}`.trim()} {...props} />
}
