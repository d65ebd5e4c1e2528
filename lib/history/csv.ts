import { describePermission } from '../ocn/catalog'
import { formatCredentials } from '../ocn/codecs'
import type { Party, Service } from '../ocn/reads'
import { parsePermissionValues } from './agreement-changes'
import type { AgreementPeriod } from './types'

/**
 * CSV for the records a data controller keeps (RFC 4180: CRLF line ends, fields quoted where they hold a comma,
 * quote or line break, quotes doubled). Names come from anyone who paid gas, so a cell a spreadsheet would run as a
 * formula (starting with = + - @, tab or CR) is prefixed with ' and stays text. Nothing else is changed: hidden
 * characters and line breaks are the data the record keeps.
 */
const FORMULA_START = /^[=+\-@\t\r]/
const NEEDS_QUOTES = /[",\r\n]/

export function csvCell(value: string): string {
  const guarded = FORMULA_START.test(value) ? `'${value}` : value
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded
}

export function csvLine(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`
}

/** A block time (unix seconds) as an ISO 8601 UTC time; empty where there is none (an agreement not revoked). */
export function isoTime(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return ''
  return new Date(seconds * 1000).toISOString()
}

/** What the chain says today about the addresses in a history: credentials and service names. */
export type CurrentNames = {
  credentials: (address: string) => string
  serviceName: (provider: string) => string
}

export function currentNames(parties: readonly Party[], services: readonly Service[]): CurrentNames {
  const credentials = new Map(parties.map((party) => [party.address.toLowerCase(), formatCredentials(party)]))
  const names = new Map(services.map((service) => [service.provider.toLowerCase(), service.name]))
  return {
    credentials: (address) => credentials.get(address.toLowerCase()) ?? '',
    serviceName: (provider) => names.get(provider.toLowerCase()) ?? '',
  }
}

export const AGREEMENT_CSV_COLUMNS = [
  'user_address',
  'user_credentials',
  'provider_address',
  'provider_credentials',
  'service_name_now',
  'agreed_at_utc',
  'agreed_block',
  'agreed_tx',
  'permissions_at_agreement',
  'permission_values_at_agreement',
  'revoked_at_utc',
  'revoked_block',
  'revoked_tx',
  'status',
] as const

function permissionName(value: bigint): string {
  // The CSV is a fixed format for tools (its columns and values are identifiers, the same in every language).
  const view = describePermission(value)
  return view.known ? view.permission.name : `Unknown permission #${value}`
}

/** One agreement period as a row, in AGREEMENT_CSV_COLUMNS order. */
export function agreementRow(period: AgreementPeriod, names: CurrentNames): string[] {
  const values = parsePermissionValues(period.agreed.permissions)
  const { revoked } = period
  return [
    period.user,
    names.credentials(period.user),
    period.provider,
    names.credentials(period.provider),
    names.serviceName(period.provider),
    isoTime(period.agreed.time),
    period.agreed.block,
    period.agreed.tx,
    values.map(permissionName).join('; '),
    // As the history sent them, so a value the catalog does not know is recorded exactly.
    period.agreed.permissions.join('; '),
    isoTime(revoked?.time),
    revoked?.block ?? '',
    revoked?.tx ?? '',
    revoked ? 'revoked' : 'active',
  ]
}

export function agreementsCsv(periods: readonly AgreementPeriod[], names: CurrentNames): string {
  return csvLine(AGREEMENT_CSV_COLUMNS) + periods.map((period) => csvLine(agreementRow(period, names))).join('')
}
