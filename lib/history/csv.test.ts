import { describe, expect, it } from 'vitest'
import type { Party, Service } from '../ocn/reads'
import { AGREEMENT_CSV_COLUMNS, agreementRow, agreementsCsv, csvCell, csvLine, currentNames, isoTime } from './csv'
import type { AgreementPeriod, Hex } from './types'

/** A minimal RFC 4180 reader, so the tests check what a spreadsheet would read back, not the escaping itself. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(cell)
      cell = ''
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      i++
    } else cell += c
  }
  if (cell !== '' || row.length > 0) throw new Error('the last line has no CRLF')
  return rows
}

describe('csvCell', () => {
  it('leaves plain text as it is', () => {
    expect(csvCell('Roaming Analytics 2')).toBe('Roaming Analytics 2')
    expect(csvCell('')).toBe('')
  })

  it('quotes commas, quotes and line breaks, doubling quotes (RFC 4180)', () => {
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"')
    expect(csvCell('one\r\ntwo')).toBe('"one\r\ntwo"')
  })

  it('makes cells a spreadsheet would run as formulas into text', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","x")')).toBe(`"'=HYPERLINK(""http://evil.example"",""x"")"`)
    expect(csvCell('+1')).toBe("'+1")
    expect(csvCell('-2+3')).toBe("'-2+3")
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvCell('\t=1')).toBe("'\t=1")
    expect(csvCell('\r=1')).toBe(`"'\r=1"`)
    // Only the first character counts: a formula sign inside text is harmless.
    expect(csvCell('a=b')).toBe('a=b')
  })

  it('keeps hidden characters and non-Latin text as data', () => {
    const name = 'Ro\u202Eaming \u200B Ladestrom ⚡ 充电'
    expect(parseCsv(csvLine([name, 'x']))).toEqual([[name, 'x']])
  })
})

describe('isoTime', () => {
  it('writes block times as ISO 8601 UTC, and nothing where there is no time', () => {
    expect(isoTime(1_700_000_000)).toBe('2023-11-14T22:13:20.000Z')
    expect(isoTime(0)).toBe('1970-01-01T00:00:00.000Z')
    expect(isoTime(null)).toBe('')
    expect(isoTime(undefined)).toBe('')
  })
})

const USER: Hex = '0x1111111111111111111111111111111111111111'
const PROVIDER: Hex = '0x2222222222222222222222222222222222222222'
const TX_A: Hex = `0x${'a'.repeat(64)}`
const TX_B: Hex = `0x${'b'.repeat(64)}`

const party = (address: Hex, countryCode: string, partyId: string): Party => ({
  address,
  countryCode,
  partyId,
  roles: [1],
  modulesSender: [],
  modulesReceiver: [],
  operator: '0x3333333333333333333333333333333333333333',
  nodeDomain: 'https://node.example',
})

const service: Service = { provider: PROVIDER, name: '=cmd|" /C calc"!A0, "fast"', url: 'https://s.example', permissions: [3n], party: null }

const revoked: AgreementPeriod = {
  id: '2',
  user: USER,
  provider: PROVIDER,
  agreed: { block: '41', time: 1_700_000_000, tx: TX_A, permissions: ['6', '3', '99'] },
  revoked: { block: '45', time: 1_700_000_060, tx: TX_B },
}
const active: AgreementPeriod = { ...revoked, id: '5', agreed: { block: '50', time: 1_700_000_120, tx: TX_B, permissions: [] }, revoked: null }

describe('agreementsCsv', () => {
  const names = currentNames([party(USER, 'DE', 'MSP'), party(PROVIDER, 'NL', 'SRV')], [service])

  it('writes one row per period with both parties, the service, agreed and revoked times, blocks and txs', () => {
    const rows = parseCsv(agreementsCsv([active, revoked], names))
    expect(rows[0]).toEqual([...AGREEMENT_CSV_COLUMNS])
    expect(rows).toHaveLength(3)
    const record = (row: string[]) => Object.fromEntries(AGREEMENT_CSV_COLUMNS.map((column, i) => [column, row[i]]))
    expect(record(rows[2])).toEqual({
      user_address: USER,
      user_credentials: 'DE*MSP',
      provider_address: PROVIDER,
      provider_credentials: 'NL*SRV',
      service_name_now: `'${service.name}`,
      agreed_at_utc: '2023-11-14T22:13:20.000Z',
      agreed_block: '41',
      agreed_tx: TX_A,
      permissions_at_agreement: 'FORWARD_MODULE_SESSIONS_RECEIVER; FORWARD_MODULE_LOCATIONS_SENDER; Unknown permission #99',
      permission_values_at_agreement: '6; 3; 99',
      revoked_at_utc: '2023-11-14T22:14:20.000Z',
      revoked_block: '45',
      revoked_tx: TX_B,
      status: 'revoked',
    })
    expect(record(rows[1])).toMatchObject({ agreed_block: '50', permissions_at_agreement: '', revoked_at_utc: '', revoked_block: '', revoked_tx: '', status: 'active' })
  })

  it('finds parties and services whatever the case of the address, and leaves unknown ones empty', () => {
    const upper = { ...revoked, user: USER.toUpperCase().replace('0X', '0x') as Hex }
    expect(agreementRow(upper, names)[1]).toBe('DE*MSP')
    const nobody = currentNames([], [])
    const row = agreementRow(revoked, nobody)
    expect([row[1], row[3], row[4]]).toEqual(['', '', ''])
  })

  it('is only a header line when there is no history', () => {
    expect(agreementsCsv([], names)).toBe(`${AGREEMENT_CSV_COLUMNS.join(',')}\r\n`)
  })
})
