'use client'

import { useTranslations } from 'next-intl'
import { openNetworkSwitcher } from '@/components/layout/network-switcher-event'
import { Button } from './Button'

/** Beside "Try again" when the network itself did not answer: another network may. */
export function SwitchNetworkOffer({ quiet = false }: { quiet?: boolean }) {
  const t = useTranslations('network')
  if (quiet) {
    return (
      <>
        {' '}
        <button type="button" data-testid="switch-network-offer" onClick={openNetworkSwitcher} className="min-h-6 underline">
          {t('switchNetwork')}
        </button>
      </>
    )
  }
  return (
    <Button variant="secondary" data-testid="switch-network-offer" onClick={openNetworkSwitcher} className="mt-3">
      {t('switchNetwork')}
    </Button>
  )
}
