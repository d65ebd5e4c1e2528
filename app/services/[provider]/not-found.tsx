import { ServiceNotFound } from '@/components/service/ServiceNotFound'

export default ServiceNotFound
