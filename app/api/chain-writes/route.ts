import { getTranslations } from 'next-intl/server'
import { NextResponse } from 'next/server'
import { describeReadError } from '@/lib/ocn/errors'
import { MAX_ANNOUNCEMENT_BYTES, parseAnnouncement } from '@/lib/reads/write-announcement'
import { confirmWriteOnServer } from '@/lib/server/network'

/**
 * The browser announces a transaction of ours it saw confirmed; once the server's own RPC confirms it too (a
 * success on this network's Registry or Permissions), the shared read cache reads afresh for every visitor.
 */
export async function POST(request: Request) {
  const body = await readSmallBody(request)
  if (body === null) return NextResponse.json({ error: 'The announcement is too large.' }, { status: 413 })
  const announcement = parseAnnouncement(
    { origin: request.headers.get('origin'), host: request.headers.get('host'), fetchSite: request.headers.get('sec-fetch-site') },
    body,
  )
  if (!announcement.ok) return NextResponse.json({ error: announcement.error }, { status: announcement.status })
  try {
    const outcome = await confirmWriteOnServer(announcement.hash)
    // null: this visitor's network is read by the browser, so the server has nothing cached for it.
    return NextResponse.json({ outcome: outcome ?? 'not-read-here' }, { status: outcome === 'busy' ? 429 : 200 })
  } catch (error) {
    return NextResponse.json({ error: describeReadError(error, await getTranslations()) }, { status: 502 })
  }
}

/** The body as text, or null once it passes the limit: nobody makes the server buffer a large upload. */
async function readSmallBody(request: Request): Promise<string | null> {
  if (Number(request.headers.get('content-length') ?? 0) > MAX_ANNOUNCEMENT_BYTES) return null
  const reader = request.body?.getReader()
  if (!reader) return ''
  const chunks: Uint8Array[] = []
  let size = 0
  for (let part = await reader.read(); !part.done; part = await reader.read()) {
    size += part.value.byteLength
    if (size > MAX_ANNOUNCEMENT_BYTES) {
      await reader.cancel()
      return null
    }
    chunks.push(part.value)
  }
  return new TextDecoder().decode(Buffer.concat(chunks))
}
