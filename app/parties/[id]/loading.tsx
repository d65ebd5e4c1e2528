import { PartySkeleton } from '@/components/registry/PartySkeleton'

export default PartySkeleton
