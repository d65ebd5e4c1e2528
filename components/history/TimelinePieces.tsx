import { useTranslations } from 'next-intl'
import type { Address } from 'viem'
import { AppLink } from '@/components/ui/AppLink'
import { UntrustedText } from '@/components/ui/UntrustedText'
import { LINK } from '@/components/ui/styles'
import { shortAddress } from '@/lib/format'
import type { TimelinePiece } from '@/lib/history/timeline'

/** One line of a timeline row: our words as text, on-chain values through the inert text component. */
export function TimelinePieces({ pieces }: { pieces: readonly TimelinePiece[] }) {
  const t = useTranslations('history')
  return (
    <>
      {pieces.map((piece, i) => {
        if (piece.kind === 'text') return <span key={i}>{piece.text}</span>
        if (piece.kind === 'untrusted') return <UntrustedText key={i} value={piece.value} max={piece.max} empty={t('empty')} expandable={false} />
        return (
          <AppLink key={i} href={`/parties/${piece.address}`} className={`font-mono ${LINK}`}>
            {piece.credentials === null ? shortAddress(piece.address as Address) : <UntrustedText value={piece.credentials} max={20} expandable={false} />}
          </AppLink>
        )
      })}
    </>
  )
}
