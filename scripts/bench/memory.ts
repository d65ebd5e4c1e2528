// Resident memory of a process and its descendants, sampled from /proc while a measurement runs.
import { readFileSync } from 'node:fs'

function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number)
  } catch {
    return []
  }
}

/** A memory figure of /proc/<pid>/status in bytes (VmRSS now, VmHWM the peak so far); 0 once the process is gone. */
function statusBytes(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? Number(match[1]) * 1_024 : 0
  } catch {
    return 0
  }
}

function treeSum(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const seen = new Set<number>()
  const walk = (p: number): number => {
    if (seen.has(p)) return 0
    seen.add(p)
    return statusBytes(p, field) + childrenOf(p).reduce((sum, child) => sum + walk(child), 0)
  }
  return walk(pid)
}

/** `next start` may run the server in a child process; the whole tree is what the machine pays for. */
export function treeRssBytes(pid: number): number {
  return treeSum(pid, 'VmRSS')
}

/**
 * Each process's own peak resident memory (VmHWM), summed over the tree: the kernel keeps it, so no peak between
 * samples is missed; the sum is an upper bound where children peaked at different times.
 */
export function treeHwmBytes(pid: number): number {
  return treeSum(pid, 'VmHWM')
}

export type RssSampler = { peak: () => number; stop: () => number }

/** Samples every `intervalMs` until stopped; stop() returns the peak seen. */
export function sampleRss(pid: () => number | null, intervalMs = 100): RssSampler {
  let peak = 0
  const sample = () => {
    const current = pid()
    if (current !== null) peak = Math.max(peak, treeRssBytes(current))
  }
  sample()
  const timer = setInterval(sample, intervalMs)
  return {
    peak: () => peak,
    stop: () => {
      clearInterval(timer)
      sample()
      return peak
    },
  }
}
