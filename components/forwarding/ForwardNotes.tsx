import { TEXT_MUTED } from '@/components/ui/styles'

/** What the chain cannot show and the preview therefore assumes, stated under every preview. */
export function ForwardNotes() {
  return (
    <ul className={`list-disc space-y-1 pl-5 text-xs ${TEXT_MUTED}`} data-testid="forward-notes">
      <li>
        Only if the sender&apos;s OCN node has its service interface on (<code>ocn.node.serviceInterfaceEnabled</code>, on by
        default): a setting of the node that the chain cannot show.
      </li>
      <li>Only requests the party&apos;s own platform sends through its own node are copied; the responses never are.</li>
      <li>
        Computed as ocn-node 1.1.2 does (AsyncTaskService.forwardOcpiRequestToLinkedServices and
        RegistryService.getAgreementsByInterface) from the agreements and permissions on chain now.
      </li>
    </ul>
  )
}
