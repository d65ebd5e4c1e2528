import { getLocale, getTranslations } from 'next-intl/server'
import { chooseLanguage } from '@/lib/i18n/choose-language'
import { languageNames } from '@/lib/i18n/catalogue'

/** One button per catalogue, each named in its own language (someone who cannot read the current one finds theirs). */
export async function LanguageSwitcher() {
  const [t, current, languages] = await Promise.all([getTranslations('language'), getLocale(), languageNames()])
  return (
    <form action={chooseLanguage} className="flex items-center gap-1 text-sm" data-testid="language-switcher">
      <span className="sr-only">{t('label')}</span>
      {languages.map(({ locale, name }) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={locale === current}
          className="min-h-6 rounded px-1.5 py-0.5 text-slate-700 hover:bg-slate-100 aria-pressed:font-semibold aria-pressed:underline dark:text-slate-200 dark:hover:bg-slate-800"
        >
          {/* Between phone and wide screens the header line has room for codes only; the name is still read out. */}
          <span className="hidden uppercase sm:inline 2xl:hidden">{locale}</span>
          <span className="sm:sr-only 2xl:not-sr-only">{name}</span>
        </button>
      ))}
    </form>
  )
}
