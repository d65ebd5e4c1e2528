'use client'

import { usePathname, useRouter, useSearchParams } from 'next/navigation'
import { useTranslations } from 'next-intl'
import { useOptimistic, useTransition } from 'react'
import { type Interface, INTERFACES, type Method, moduleName, type RequestModule } from '@/lib/forwarding/endpoints'
import type { ForwardRequest } from '@/lib/forwarding/preview'
import { FORWARD_PARAMS, methodsFor, REQUEST_MODULES, withForwardRequest } from '@/lib/forwarding/request-params'
import { CONTROL } from '@/components/ui/styles'

type Props = {
  request: ForwardRequest
  /** The senders to choose from (a service page's agreeing parties), with the chosen one; absent on a party's own page. */
  senders?: { options: readonly string[]; chosen: string }
}

const LABEL = 'block text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400'

/**
 * The request to preview: sender (where there is a choice), module, interface, and the methods the node has an
 * endpoint for. A choice only changes the URL; whoever rendered the preview (the server, or the browser on
 * /agreements) renders it again from there.
 */
export function ForwardPicker({ request: rendered, senders }: Props) {
  const t = useTranslations()
  const router = useRouter()
  const pathname = usePathname()
  const searchParams = useSearchParams()
  const [pending, startTransition] = useTransition()
  // While the new preview renders, the controls already show the choice (and the next choice builds on it).
  const [{ request, from: chosen }, setOptimistic] = useOptimistic({ request: rendered, from: senders?.chosen ?? null })

  const navigate = (next: ForwardRequest, from: string | null) => {
    const params = new URLSearchParams(withForwardRequest(new URLSearchParams(searchParams.toString()), next))
    if (from !== null) params.set(FORWARD_PARAMS.from, from)
    startTransition(() => {
      setOptimistic({ request: next, from })
      router.replace(`${pathname}?${params}`, { scroll: false })
    })
  }
  // A method the new module or interface lacks falls back to its first one, as a link with such a method would.
  const change = (module: RequestModule, iface: Interface, method: Method) => {
    const methods = methodsFor(module, iface)
    navigate({ module, iface, method: methods.includes(method) ? method : methods[0] }, chosen)
  }
  return (
    <div className="flex flex-wrap items-end gap-3" aria-busy={pending} data-testid="forward-picker" data-pending={pending}>
      {senders && (
        <label className="text-sm">
          <span className={LABEL}>{t('forwarding.picker.sender')}</span>
          <select data-testid="forward-from" className={CONTROL} value={chosen ?? senders.chosen} onChange={(e) => navigate(request, e.target.value)}>
            {senders.options.map((option) => (
              <option key={option}>{option}</option>
            ))}
          </select>
        </label>
      )}
      <label className="text-sm">
        <span className={LABEL}>{t('forwarding.picker.module')}</span>
        <select data-testid="forward-module" className={CONTROL} value={request.module} onChange={(e) => change(e.target.value as RequestModule, request.iface, request.method)}>
          {REQUEST_MODULES.map((module) => (
            <option key={module} value={module}>
              {moduleName(module, t)}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className={LABEL}>{t('forwarding.picker.interface')}</span>
        <select data-testid="forward-interface" className={CONTROL} value={request.iface} onChange={(e) => change(request.module, e.target.value as Interface, request.method)}>
          {INTERFACES.map((iface) => (
            <option key={iface} value={iface}>
              {t('forwarding.picker.ifaceName', { iface })}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className={LABEL}>{t('forwarding.picker.method')}</span>
        <select data-testid="forward-method" className={CONTROL} value={request.method} onChange={(e) => change(request.module, request.iface, e.target.value as Method)}>
          {methodsFor(request.module, request.iface).map((method) => (
            <option key={method}>{method}</option>
          ))}
        </select>
      </label>
    </div>
  )
}
