export type StoredLogo = { type: 'image/png' | 'image/webp'; bytes: Uint8Array }

/**
 * Logos the server fetched and validated, by the hash of their bytes: the only thing the logo route serves. Bounded
 * by count and total bytes, least recently served first out, so hostile providers with large distinct logos cannot
 * grow it without end; an evicted logo comes back with its manifest's next check.
 */
export class LogoStore {
  private readonly logos = new Map<string, StoredLogo>()
  private totalBytes = 0

  constructor(private readonly limits: { maxLogos: number; maxBytes: number }) {}

  get(hash: string): StoredLogo | null {
    const logo = this.logos.get(hash)
    if (!logo) return null
    this.logos.delete(hash)
    this.logos.set(hash, logo)
    return logo
  }

  put(hash: string, logo: StoredLogo): void {
    const previous = this.logos.get(hash)
    if (previous) {
      this.logos.delete(hash)
      this.totalBytes -= previous.bytes.length
    }
    this.logos.set(hash, logo)
    this.totalBytes += logo.bytes.length
    while (this.logos.size > this.limits.maxLogos || this.totalBytes > this.limits.maxBytes) {
      const [oldest, evicted] = this.logos.entries().next().value as [string, StoredLogo]
      this.logos.delete(oldest)
      this.totalBytes -= evicted.bytes.length
    }
  }

  size(): { logos: number; bytes: number } {
    return { logos: this.logos.size, bytes: this.totalBytes }
  }
}
