import type { ReactNode } from 'react'
import { RetryButton } from './RetryButton'
import { SwitchNetworkOffer } from './SwitchNetworkOffer'
import { PANEL_TONE } from './styles'

type Props = {
  /** What failed, as a heading; without one the message stands alone in a smaller box. */
  title?: string
  message: ReactNode
  /** Retries a browser read; without it the retry renders the page again on the server. */
  onRetry?: () => void
  retrying?: boolean
  /** The network's RPC did not answer (Loaded's `unreachable`): offer another network beside the retry. */
  unreachable?: boolean
}

/** Something could not be done or read: what, why in the user's words, and a way to try again. Never a stack trace. */
export function ErrorDisplay({ title, message, onRetry, retrying, unreachable = false }: Props) {
  if (!title) {
    return (
      <div role="alert" className={`rounded-xl p-4 text-sm ring-1 ${PANEL_TONE.danger}`}>
        {message}
        {onRetry && <RetryButton onRetry={onRetry} retrying={retrying} quiet />}
        {unreachable && <SwitchNetworkOffer quiet />}
      </div>
    )
  }
  return (
    <div role="alert" data-testid="read-error" className={`rounded-xl p-5 ring-1 ${PANEL_TONE.danger}`}>
      <h2 className="font-semibold">{title}</h2>
      <p className="mt-1 text-sm">{message}</p>
      <div className="flex flex-wrap gap-2">
        <RetryButton onRetry={onRetry} retrying={retrying} />
        {unreachable && <SwitchNetworkOffer />}
      </div>
    </div>
  )
}
