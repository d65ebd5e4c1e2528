'use client'

import { useTranslations } from 'next-intl'
import { useState } from 'react'
import { nodesMatching } from '@/lib/identity/node-search'
import type { Node } from '@/lib/ocn/reads'
import { cleanText } from '@/lib/ocn/untrusted'
import { FieldError } from '@/components/ui/FieldError'
import { INPUT, TEXT_MUTED } from '@/components/ui/styles'

type Props = {
  nodes: readonly Node[]
  /** The chosen node's operator address (the party draft's `operator`). */
  operator: string
  onChange: (operator: string) => void
  error?: string
}

/**
 * The OCN node a party uses, chosen from the Registry's list (searchable by URL or operator address); typing the
 * operator's address is the fallback for whoever was given one.
 */
export function NodePicker({ nodes, operator, onChange, error }: Props) {
  const t = useTranslations('identity.party')
  const [query, setQuery] = useState('')
  const shown = nodesMatching(nodes, query, operator)
  const matches = query.trim() === '' ? null : nodesMatching(nodes, query, '').length
  return (
    <div className="space-y-2" data-testid="node-picker">
      <label className="block">
        <span className="font-medium">{t('findNode')}</span>
        <input
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          spellCheck={false}
          autoComplete="off"
          aria-describedby={matches === null ? undefined : 'node-matches'}
          className={INPUT}
        />
      </label>
      {matches !== null && (
        <p id="node-matches" role="status" data-testid="node-matches" className={`text-xs ${TEXT_MUTED}`}>
          {t('nodeMatches', { count: matches })}
        </p>
      )}
      <div>
        <label className="block">
          <span className="font-medium">{t('node')}</span>
          <select
            value={operator}
            onChange={(e) => onChange(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby="operator-error"
            className={`${INPUT} font-mono`}
          >
            <option value="">{t('chooseNode')}</option>
            {shown.map((node) => (
              <option key={node.operator} value={node.operator}>
                {cleanText(node.domain, 80).text}
              </option>
            ))}
          </select>
        </label>
        <FieldError id="operator-error" message={error} />
      </div>
      <details className="text-sm">
        <summary className="min-h-6 cursor-pointer py-0.5">{t('operatorFallback')}</summary>
        <label className="mt-2 block">
          <span className="font-medium">{t('operatorAddress')}</span>
          <span id="operator-hint" className={`block text-xs ${TEXT_MUTED}`}>
            {t('operatorHint')}
          </span>
          <input
            value={operator}
            onChange={(e) => onChange(e.target.value.trim())}
            placeholder="0x…"
            spellCheck={false}
            autoComplete="off"
            aria-describedby="operator-hint operator-error"
            className={`${INPUT} font-mono`}
          />
        </label>
      </details>
    </div>
  )
}
