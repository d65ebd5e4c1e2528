import { getTranslations } from 'next-intl/server'

/** The page's first focusable element: keyboard users jump past the header to the page's own content. */
export async function SkipLink() {
  const t = await getTranslations('layout')
  return (
    <a
      href="#main"
      data-testid="skip-link"
      className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded-lg focus:bg-white focus:px-4 focus:py-2 focus:font-medium focus:text-indigo-800 focus:shadow-lg dark:focus:bg-slate-900 dark:focus:text-indigo-200"
    >
      {t('skipLink')}
    </a>
  )
}
