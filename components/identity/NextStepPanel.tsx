'use client'

import { useTranslations } from 'next-intl'
import { useEffect, useRef } from 'react'
import type { NextStep } from '@/lib/identity/next-step'
import { AppLink } from '@/components/ui/AppLink'
import { Button } from '@/components/ui/Button'
import { MainAction } from './MainAction'
import { BUTTON_SIZE, BUTTON_VARIANT } from '@/components/ui/styles'

type Props = {
  step: NextStep
  /** The party's credentials (DE*MSP), once listed. */
  credentials: string | null
  /** Moves the visitor to a step on this page (scrolls to it, focuses its heading). */
  onGo: (step: 'party-step' | 'modules-step') => void
  /** Set after a step's write succeeds: focus comes here, to what to do next. */
  focusRequested: boolean
  onFocused: () => void
}

const PRIMARY_LINK = `${BUTTON_VARIANT.primary} ${BUTTON_SIZE.md}`
const SECONDARY_LINK = `${BUTTON_VARIANT.secondary} ${BUTTON_SIZE.md}`

/** What to do after the step just done: the page's main action once the first step is behind the visitor. */
export function NextStepPanel({ step, credentials, onGo, focusRequested, onFocused }: Props) {
  const t = useTranslations('identity.next')
  const heading = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    if (!focusRequested) return
    heading.current?.focus()
    onFocused()
  }, [focusRequested, onFocused])

  return (
    <section
      aria-labelledby="identity-next-title"
      data-testid="identity-next"
      data-step={step.kind}
      className="rounded-xl bg-indigo-50 p-4 ring-1 ring-indigo-200 dark:bg-indigo-950/40 dark:ring-indigo-900"
    >
      <p className="text-sm text-slate-700 dark:text-slate-300" data-testid="identity-done">
        {step.kind === 'party-on-node' ? t('nodeListed') : step.kind === 'modules' ? t('partyListed', { credentials: credentials ?? '' }) : t('ready', { credentials: credentials ?? '' })}
      </p>
      <h2 id="identity-next-title" ref={heading} tabIndex={-1} className="mt-1 font-semibold">
        {step.kind === 'ready' ? t('nowTitle') : t('title')}
      </h2>
      <div className="mt-3 flex flex-wrap items-center gap-3 text-sm">
        {step.kind === 'party-on-node' && (
          <MainAction>
            <Button size="md" data-testid="identity-next-step" onClick={() => onGo('party-step')}>
              {t('listParty')}
            </Button>
          </MainAction>
        )}
        {step.kind === 'modules' && (
          <MainAction>
            <Button size="md" data-testid="identity-next-step" onClick={() => onGo('modules-step')}>
              {t('chooseModules')}
            </Button>
          </MainAction>
        )}
        {step.kind === 'ready' && (
          <>
            <MainAction>
              <AppLink href="/services" className={PRIMARY_LINK} data-testid="identity-next-step">
                {t('browseServices')}
              </AppLink>
            </MainAction>
            {step.provider && (
              <AppLink href="/provider" className={SECONDARY_LINK} data-testid="identity-next-step">
                {t('publishService')}
              </AppLink>
            )}
          </>
        )}
      </div>
    </section>
  )
}
