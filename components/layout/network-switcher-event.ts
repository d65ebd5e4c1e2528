/**
 * The header's network switcher opens on this window event, so an error anywhere on the page can offer to switch
 * network without a shared store (the switcher lives in the header, the errors in the page).
 */
const OPEN_EVENT = 'ocn:choose-network'

export function openNetworkSwitcher(): void {
  window.dispatchEvent(new Event(OPEN_EVENT))
}

export function onOpenNetworkSwitcher(open: () => void): () => void {
  window.addEventListener(OPEN_EVENT, open)
  return () => window.removeEventListener(OPEN_EVENT, open)
}
