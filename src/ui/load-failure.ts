/**
 * What a failed load of the site's code says (docs/dashboard.md#faults), once for every place
 * that loads code later (LoadBoundary, the what-if): the fault and what to do next. `tries`: how
 * many loads failed; after a Retry failed too, a reload (which keeps the address) is offered.
 */
export function loadFailureMessage(reason: string, tries: number): string {
  return tries <= 1
    ? `${reason}. Check the connection and try again.`
    : `${reason}. Tried ${tries} times: if the connection works, reload the page (it keeps this address).`
}
