'use client'

import { useTranslations } from 'next-intl'
import { moduleData, moduleLabel, MODULES, PERMISSIONS } from '@/lib/ocn/catalog'
import { PRESETS } from '@/lib/provider/service-form'
import { PermissionCheckbox } from './PermissionCheckbox'

type Props = { value: number[]; onChange: (permissions: number[]) => void; error?: string }

const CATCH_ALL = PERMISSIONS.filter((p) => p.scope === 'all')

/** The 17 permissions, grouped by OCPI module and direction, each with what it forwards. */
export function PermissionPicker({ value, onChange, error }: Props) {
  const t = useTranslations()
  const toggle = (index: number) => onChange(value.includes(index) ? value.filter((v) => v !== index) : [...value, index].sort((a, b) => a - b))
  return (
    <fieldset className="space-y-4" aria-describedby={error ? 'permissions-error' : undefined}>
      <legend className="font-semibold">Permissions</legend>
      <div className="rounded-lg bg-sky-50 p-3 text-sm text-sky-900 dark:bg-sky-950/40 dark:text-sky-200">
        <strong>Sender or receiver?</strong> They name the OCPI interface a request is addressed to. <em>Sender</em> is
        mostly pulls (<code>GET /ocpi/sender/2.2/cdrs</code>), <em>receiver</em> is pushes (
        <code>POST /ocpi/receiver/2.2/cdrs</code>). A billing service that wants every CDR a CPO pushes needs{' '}
        <strong>CDRs · receiver</strong>, not sender.
      </div>
      <div className="flex flex-wrap gap-2" aria-label="Presets">
        {PRESETS.map((preset) => (
          <button
            key={preset.id}
            type="button"
            title={preset.hint}
            onClick={() => onChange(preset.permissions)}
            className="rounded-full px-3 py-1 text-xs font-medium ring-1 ring-indigo-300 hover:bg-indigo-50 dark:ring-indigo-800 dark:hover:bg-indigo-950"
          >
            Preset: {preset.label}
          </button>
        ))}
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        {MODULES.map((m) => (
          <div key={m.key} role="group" aria-label={moduleLabel(m.key, t)} className="rounded-lg p-3 ring-1 ring-slate-200 dark:ring-slate-700">
            <p className="font-medium">{moduleLabel(m.key, t)}</p>
            <p className="text-xs text-slate-500">{moduleData(m.key, t)}</p>
            <div className="mt-2 space-y-2">
              {PERMISSIONS.filter((p) => p.scope === m.key).map((p) => (
                <PermissionCheckbox key={p.index} permission={p} checked={value.includes(p.index)} onToggle={() => toggle(p.index)} />
              ))}
            </div>
          </div>
        ))}
      </div>
      <div role="group" aria-label="All OCPI modules" className="rounded-lg bg-red-50 p-3 ring-1 ring-red-200 dark:bg-red-950/30 dark:ring-red-900">
        <p className="font-medium text-red-900 dark:text-red-200">All OCPI modules</p>
        <p className="text-xs text-red-800 dark:text-red-300">Parties are warned before agreeing to these: ask only if your service truly needs everything.</p>
        <div className="mt-2 space-y-2">
          {CATCH_ALL.map((p) => (
            <PermissionCheckbox key={p.index} permission={p} checked={value.includes(p.index)} onToggle={() => toggle(p.index)} />
          ))}
        </div>
      </div>
      {error && (
        <p id="permissions-error" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </fieldset>
  )
}
