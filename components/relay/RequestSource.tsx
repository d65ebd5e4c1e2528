'use client'

import { useTranslations } from 'next-intl'
import { useId } from 'react'
import { requestFileProblem } from '@/lib/relay/request-file'
import { RELAY_TEST_IDS } from '@/lib/signing/types'
import { Button } from '@/components/ui/Button'
import { fieldAria } from '@/components/ui/Field'
import { INPUT, TEXT_MUTED } from '@/components/ui/styles'

type Props = {
  text: string
  onText: (text: string) => void
  /** Opens the pasted or loaded document; what was typed stays in the box whatever the outcome. */
  onOpen: (text: string) => void
  /** A file was refused before being read: why. */
  onFileProblem: (reason: string) => void
  busy: boolean
  errorId?: string
}

/** Where a signed request is pasted, or a .json file chosen, when it did not come as a link. */
export function RequestSource({ text, onText, onOpen, onFileProblem, busy, errorId }: Props) {
  const t = useTranslations()
  const id = useId()
  const chooseFile = async (file: File | undefined) => {
    if (!file) return
    const problem = requestFileProblem(file, t)
    if (problem) return onFileProblem(problem)
    try {
      const content = await file.text()
      onText(content)
      onOpen(content)
    } catch {
      onFileProblem(t('relay.source.unreadable', { name: file.name }))
    }
  }
  return (
    <form
      className="space-y-3 rounded-xl bg-white p-4 text-sm ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800"
      onSubmit={(e) => {
        e.preventDefault()
        onOpen(text)
      }}
    >
      <div>
        <label htmlFor={id} className="font-semibold">
          {t('relay.source.label')}
        </label>
        <p id={`${id}-hint`} className={`text-xs ${TEXT_MUTED}`}>
          {t('relay.source.hint')}
        </p>
        <textarea
          {...fieldAria(id, { hint: true, also: errorId })}
          data-testid={RELAY_TEST_IDS.input}
          className={`${INPUT} font-mono text-xs`}
          rows={8}
          spellCheck={false}
          value={text}
          onChange={(e) => onText(e.target.value)}
        />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" data-testid={RELAY_TEST_IDS.open} disabled={busy || text.trim() === ''}>
          {busy ? t('relay.checking') : t('relay.source.open')}
        </Button>
        <label className={`text-sm ${TEXT_MUTED}`}>
          <span className="mr-2">{t('relay.source.chooseFile')}</span>
          <input
            type="file"
            accept=".json,application/json"
            data-testid="relay-file"
            disabled={busy}
            onChange={(e) => {
              void chooseFile(e.target.files?.[0])
              // The same file chosen again (after fixing nothing) still opens.
              e.target.value = ''
            }}
          />
        </label>
      </div>
    </form>
  )
}
