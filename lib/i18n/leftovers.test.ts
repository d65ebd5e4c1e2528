import { describe, expect, it } from 'vitest'
import de from '@/messages/de.json'
import en from '@/messages/en.json'
import { fragmentsIn, literalRuns, untranslatedFragments } from './leftovers'

describe('English left on a translated page', () => {
  it('cuts a message at its arguments, tags and plural options', () => {
    expect(literalRuns('Offer an OCN service on {network}: its name, its URL.')).toEqual(['Offer an OCN service on', 'its name, its URL.'])
    expect(literalRuns('<b>Sender or receiver?</b> They name <code>GET /x</code> here')).toEqual(['Sender or receiver?', 'They name', 'GET /x', 'here'])
    expect(literalRuns('{count, plural, one {# service listed} other {# services listed}} today')).toEqual(['service listed', 'services listed', 'today'])
    expect(literalRuns('The hosted file hashes to “{actual}”, not to this hash.')).toEqual(['The hosted file hashes to', 'not to this hash.'])
  })

  it('keeps fragments of two words or more from messages the translation words differently', () => {
    const source = { a: { same: 'OCN Service Marketplace', title: 'My service listing', one: 'Billing', mixed: 'Run {what} on <code>GET /ocpi/x</code> today, please' } }
    const translation = { a: { same: 'OCN Service Marketplace', title: 'Mein Dienstangebot', one: 'Abrechnung', mixed: 'Führen Sie {what} mit <code>GET /ocpi/x</code> aus' } }
    expect(untranslatedFragments(source, translation)).toEqual(['My service listing', 'today, please'])
  })

  it('finds the real catalogue’s English on an English page and none on a German one', () => {
    const fragments = untranslatedFragments(en, de)
    expect(fragments).toContain('Connect the wallet of your party')
    expect(fragments).not.toContain('OCN Service Marketplace')
    expect(fragmentsIn('Header\n  Connect the wallet   of your party\n', fragments)).toEqual(['Connect the wallet of your party'])
    expect(fragmentsIn(`${de.provider.connectTitle} ${de.provider.title}`, fragments)).toEqual([])
  })
})
