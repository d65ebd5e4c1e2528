import { RetryButton } from './RetryButton'

type Props = { title: string; message: string; onRetry?: () => void; retrying?: boolean }

export function ReadErrorState({ title, message, onRetry, retrying }: Props) {
  return (
    <div role="alert" data-testid="read-error" className="rounded-xl bg-red-50 p-5 ring-1 ring-red-200 dark:bg-red-950/40 dark:ring-red-900">
      <h2 className="font-semibold text-red-900 dark:text-red-200">{title}</h2>
      <p className="mt-1 text-sm text-red-800 dark:text-red-300">{message}</p>
      <RetryButton onRetry={onRetry} retrying={retrying} />
    </div>
  )
}
