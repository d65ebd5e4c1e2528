import { ServiceSkeleton } from '@/components/service/ServiceSkeleton'

export default ServiceSkeleton
