// next-intl without locale prefixes in URLs: the locale lives in a cookie (the switch is remembered).
import { cookies } from 'next/headers'
import { getRequestConfig } from 'next-intl/server'
import { defaultLocale, isLocale, LOCALE_COOKIE } from './config'

export default getRequestConfig(async () => {
  const store = await cookies()
  const fromCookie = store.get(LOCALE_COOKIE)?.value
  const locale = isLocale(fromCookie) ? fromCookie : defaultLocale
  const messages = (await import(`../../messages/${locale}.json`)).default
  return { locale, messages, timeZone: 'Asia/Shanghai' }
})
