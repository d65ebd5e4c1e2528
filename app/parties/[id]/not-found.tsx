import { PartyNotFound } from '@/components/registry/PartyNotFound'

export default PartyNotFound
