/**
 * The owner's reason, as the review and the confirmation show it. The admin functions take no reason, so it is
 * said plainly that nothing of it reaches the chain.
 */
export function reasonLine(reason: string): string {
  return `Reason given: "${reason.trim()}" (shown here and in the confirmation; the contract takes no reason, so it is not on chain).`
}
