// Resident memory of a process and its descendants, sampled from /proc while a measurement runs.
import { readFileSync } from 'node:fs'

function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number)
  } catch {
    return []
  }
}

function rssBytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? Number(match[1]) * 1_024 : 0
  } catch {
    return 0
  }
}

/** `next start` may run the server in a child process; the whole tree is what the machine pays for. */
export function treeRssBytes(pid: number): number {
  const seen = new Set<number>()
  const walk = (p: number): number => {
    if (seen.has(p)) return 0
    seen.add(p)
    return rssBytes(p) + childrenOf(p).reduce((sum, child) => sum + walk(child), 0)
  }
  return walk(pid)
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
