import type { PartyPageData, ServicePageData } from '../ocn/page-reads'
import type { Agreement, Party } from '../ocn/reads'
import { LIST_PAGE_SIZE, type Page, pageOf } from './page'

/** A service's page with one page of the parties that agreed to it: the server sends no more than that. */
export type ServiceView = Omit<ServicePageData, 'agreeing'> & { agreeing: Page<Party> }

export function serviceView(data: ServicePageData, page: number): ServiceView {
  return { ...data, agreeing: pageOf(data.agreeing, page, LIST_PAGE_SIZE) }
}

/** A party's page with one page of the services it agreed to. */
export type PartyView = Omit<PartyPageData, 'agreements'> & { agreements: Page<Agreement> }

export function partyView(data: PartyPageData, page: number): PartyView {
  return { ...data, agreements: pageOf(data.agreements, page, LIST_PAGE_SIZE) }
}
