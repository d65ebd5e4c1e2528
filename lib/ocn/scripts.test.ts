import { describe, expect, it } from 'vitest'
import { mixedScripts } from './scripts'

describe('mixed scripts (UTS #39)', () => {
  it('passes single-script text, with digits, punctuation and accents', () => {
    expect(mixedScripts('Smart Payment 2.0 (beta)')).toBeNull()
    expect(mixedScripts('Énergie Facturation – Straße')).toBeNull()
    expect(mixedScripts('Оплата зарядки')).toBeNull()
    expect(mixedScripts('Καλή χρέωση')).toBeNull()
  })

  it('lets Japanese mix Han, Hiragana and Katakana, as written Japanese does', () => {
    expect(mixedScripts('東京の充電サービス')).toBeNull()
    expect(mixedScripts('한국 充電')).toBeNull()
  })

  it('flags Latin with one Cyrillic or Greek lookalike letter, naming the scripts', () => {
    expect(mixedScripts('Smart P\u0430yment')).toEqual(['Latin', 'Cyrillic'])
    expect(mixedScripts('\u03A1ayment')).toEqual(['Greek', 'Latin'])
    expect(mixedScripts('Smart Payment Оплата')).toEqual(['Latin', 'Cyrillic'])
  })
})
