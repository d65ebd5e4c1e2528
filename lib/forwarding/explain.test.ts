import { describe, expect, it } from 'vitest'
import { getAddress } from 'viem'
import { deT, enT } from '../i18n/testing'
import { blockedText, headline, outcomeText } from './explain'
import type { ForwardOutcome, ForwardPreview, ForwardRequest } from './preview'

const request: ForwardRequest = { module: 'sessions', iface: 'receiver', method: 'PUT' }
const provider = getAddress('0x00000000000000000000000000000000000000aa')
const outcome = (o: Partial<ForwardOutcome>): ForwardOutcome => ({
  provider,
  service: { name: 'S', permissions: [6n], party: null },
  verdict: 'copy',
  copies: 1,
  entries: 1,
  active: true,
  matching: [6],
  ignored: [],
  ...o,
})
const preview = (outcomes: ForwardOutcome[]): ForwardPreview => ({ request, endpoint: null, blocked: null, outcomes, copies: 0 })

describe('the preview in words', () => {
  it('names the request as the issue writes it, and how many services get a copy', () => {
    expect(headline('DE*MSP', preview([outcome({})]), enT)).toBe('When DE*MSP sends PUT /ocpi/receiver/2.2/sessions, this service gets a copy:')
    expect(headline('DE*MSP', preview([outcome({}), outcome({ provider: getAddress('0x00000000000000000000000000000000000000bb') })]), enT)).toBe(
      'When DE*MSP sends PUT /ocpi/receiver/2.2/sessions, these 2 services get a copy:',
    )
    expect(headline('DE*MSP', preview([outcome({ verdict: 'no-match', copies: 0 })]), enT)).toBe('When DE*MSP sends PUT /ocpi/receiver/2.2/sessions, no service gets a copy.')
    expect(headline('GB*SCS', { ...preview([]), request: { module: 'chargingprofiles', iface: 'sender', method: 'PUT' } }, enT)).toBe(
      'When GB*SCS sends PUT /ocpi/2.2/sender/chargingprofiles, no service gets a copy.',
    )
  })

  it('says which permission matched, why a revoked agreement still counts, and the repeats', () => {
    expect(outcomeText(outcome({}), request, enT)).toBe('Gets a copy: its permission Sessions · receiver covers Sessions · receiver.')
    expect(outcomeText(outcome({ verdict: 'copy-revoked', active: false }), request, enT)).toMatch(/revoked: OCN nodes up to 1\.2\.0 read the agreement list without checking/)
    expect(outcomeText(outcome({ copies: 2, entries: 2 }), request, enT)).toMatch(/It gets 2 copies/)
    expect(outcomeText(outcome({ verdict: 'no-match', copies: 0, matching: [], service: { name: 'S', permissions: [8n, 99n], party: null } }), request, enT)).toBe(
      'No copy: its permissions (CDRs · receiver, Unknown permission #99) do not cover Sessions · receiver.',
    )
  })

  it('explains the requests nobody gets', () => {
    expect(blockedText({ kind: 'never-forwarded', module: 'credentials' }, { ...request, module: 'credentials' }, enT)).toMatch(/^Credentials requests are answered by the node itself/)
    expect(blockedText({ kind: 'never-forwarded', module: 'custom' }, { ...request, module: 'custom' }, enT)).toMatch(/custom modules are never copied/)
    expect(blockedText({ kind: 'no-endpoint' }, { module: 'cdrs', iface: 'receiver', method: 'DELETE' }, enT)).toMatch(/no DELETE endpoint for CDRs on the receiver interface/)
  })

  it('says it in German, with German word order and plurals', () => {
    expect(headline('DE*MSP', preview([outcome({})]), deT)).toBe('Wenn DE*MSP PUT /ocpi/receiver/2.2/sessions sendet, erhält dieser Dienst eine Kopie:')
    expect(headline('DE*MSP', preview([outcome({ verdict: 'no-match', copies: 0 })]), deT)).toBe('Wenn DE*MSP PUT /ocpi/receiver/2.2/sessions sendet, erhält kein Dienst eine Kopie.')
    expect(outcomeText(outcome({ copies: 2, entries: 2 }), request, deT)).toMatch(/Er erhält 2 Kopien: Die Vereinbarung wurde nach einem Widerruf erneut geschlossen/)
    expect(outcomeText(outcome({ verdict: 'withdrawn', copies: 0 }), request, deT)).toMatch(/^Keine Kopie: Der Dienst wurde zurückgezogen\./)
    expect(blockedText({ kind: 'never-forwarded', module: 'hubclientinfo' }, { ...request, module: 'hubclientinfo' }, deT)).toMatch(/^Hub-Client-Info-Anfragen beantwortet der Knoten selbst/)
    expect(blockedText({ kind: 'no-endpoint' }, { module: 'cdrs', iface: 'receiver', method: 'DELETE' }, deT)).toMatch(/keinen DELETE-Endpunkt für Ladedatensätze \(CDRs\) an der Empfänger-Schnittstelle/)
  })
})
