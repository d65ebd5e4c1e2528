'use client'

import { useTranslations } from 'next-intl'
import { useState } from 'react'
import { readLogoFile } from '@/lib/provider/manifest-form'
import { LOGO_MAX_BYTES } from '@/lib/manifest/types'
import { Button } from '@/components/ui/Button'
import { Field } from '@/components/ui/Field'

type Props = { value: string; onChange: (dataUrl: string) => void; error?: string }

/** The logo as a file, embedded in the manifest as a data: URL; a refused file keeps the logo chosen before. */
export function LogoInput({ value, onChange, error }: Props) {
  const t = useTranslations()
  const [refused, setRefused] = useState<string | null>(null)
  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0]
    // Cleared so that choosing the same file again (after fixing it) is a change too.
    input.value = ''
    if (!file) return
    const read = await readLogoFile(file, t)
    setRefused(read.ok ? null : read.reason)
    if (read.ok) onChange(read.dataUrl)
  }
  return (
    <Field id="manifest-logo" label={t('manifest.field.logo')} hint={t('provider.manifest.logoHint', { max: LOGO_MAX_BYTES / 1024 })} error={refused ?? error}>
      <div className="mt-1 flex flex-wrap items-center gap-3">
        {/* A data: URL the provider just chose: next/image has nothing to optimise or cache. */}
        {/* eslint-disable-next-line @next/next/no-img-element */}
        {value && <img data-testid="manifest-logo-thumbnail" src={value} alt={t('provider.manifest.logoAlt')} className="h-12 w-12 rounded object-contain ring-1 ring-slate-200 dark:ring-slate-700" />}
        <input
          id="manifest-logo"
          type="file"
          accept="image/png,image/webp"
          aria-describedby={`manifest-logo-hint${refused ?? error ? ' manifest-logo-error' : ''}`}
          aria-invalid={!!(refused ?? error)}
          className="text-sm"
          onChange={(e) => void choose(e.currentTarget)}
        />
        {value && (
          <Button variant="link" onClick={() => onChange('')}>
            {t('provider.manifest.removeLogo')}
          </Button>
        )}
      </div>
    </Field>
  )
}
