'use client'

import { useTranslations } from 'next-intl'
import { useWallet } from '@/lib/hooks/useWallet'
import { Button } from '@/components/ui/Button'

/** Disconnect inside the phone header's menu, where the header line has no room for it (ConnectButton has it from 640 px). */
export function DisconnectButton() {
  const t = useTranslations('wallet')
  const { connection, load } = useWallet()
  if (!connection.address || (connection.status !== 'connected' && connection.status !== 'reconnecting')) return null
  return (
    <Button variant="secondary" onClick={() => void load().then((wallet) => wallet.disconnect(), () => undefined)} className="self-start sm:hidden">
      {t('disconnect')}
    </Button>
  )
}
