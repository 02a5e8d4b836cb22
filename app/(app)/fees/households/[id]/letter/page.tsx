// The dunning letter (催费函, F6 step 3) as a printable page: the household's arrears detail with late fees, its recent
// billing and payments, and the ways to pay. Print CSS hides the app around it.
import Link from 'next/link'
import { forbidden, notFound } from 'next/navigation'
import { getLocale, getTranslations } from 'next-intl/server'
import { requireUser } from '@/lib/auth/actor'
import { isAppError } from '@/lib/errors'
import { fmtDate, fmtDateTime, fmtMoney } from '@/lib/format'
import { getSettings } from '@/lib/server/settings/get-settings'
import { can, FEE_READERS } from '@/lib/server/fees/access'
import { PAYMENT_METHOD_KEY } from '@/lib/server/fees/constants'
import { getLetter } from '@/lib/server/fees/get-letter'
import { buttonClass } from '@/components/ui/button'
import { PrintButton } from '@/components/fees/print-button'

export async function generateMetadata() {
  return { title: (await getTranslations('fees'))('letter.title') }
}

// Only this page prints: the app's side bar, header, bottom bar and the page's own buttons are hidden on paper.
const PRINT_CSS = `@media print {
  @page { size: A4; margin: 18mm 16mm; }
  body { background: #fff !important; }
  aside, header, .fixed, [data-testid="whoami-mobile"], .no-print { display: none !important; }
  main { padding: 0 !important; max-width: none !important; }
  .letter { border: 0 !important; box-shadow: none !important; padding: 0 !important; }
}`

export default async function LetterPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireUser()
  if (!can(actor, FEE_READERS)) forbidden()
  const [{ id }, t, locale, settings] = await Promise.all([params, getTranslations('fees'), getLocale(), getSettings()])
  const l = await getLetter({ actor, id, settings }).catch((e) => {
    if (isAppError(e) && e.code === 'NOT_FOUND') notFound()
    throw e
  })
  const f = l.figures
  const th = 'border border-slate-300 px-2 py-1 text-left font-medium'
  const td = 'border border-slate-300 px-2 py-1 tabular-nums'
  return (
    <div className="space-y-4">
      <style>{PRINT_CSS}</style>
      <div className="no-print flex flex-wrap gap-2">
        <PrintButton label={t('letter.print')} />
        <Link href={`/fees/households/${l.household.id}`} className={buttonClass('secondary')}>
          {t('letter.back')}
        </Link>
      </div>
      {!l.letter && <p className="no-print rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">{t('letter.preview')}</p>}
      <article className="letter space-y-4 rounded-xl border border-slate-200 bg-white p-5 text-[15px] leading-7 shadow-sm" data-testid="dunning-letter">
        <header className="text-center">
          <p className="text-sm text-slate-600">{l.centerName}</p>
          <h1 className="text-2xl font-bold tracking-widest">{t('letter.title')}</h1>
          {l.letter && <p className="text-sm text-slate-600">{t('letter.sentOn', { date: fmtDateTime(l.letter.at, locale), name: l.letter.actor.name })}</p>}
        </header>
        <p className="font-medium">{t('letter.to', { room: l.household.roomNo, name: l.ownerName ? ` ${l.ownerName}` : '' })}</p>
        <p className="indent-8">{t('letter.body', { date: l.on, amount: fmtMoney(f.owedCents), overdue: fmtMoney(f.overdueCents) })}</p>
        {f.lateFeeCents > 0 && <p className="indent-8">{t('letter.lateFeeNote', { amount: fmtMoney(f.lateFeeCents) })}</p>}

        <section>
          <h2 className="mb-1 font-semibold">{t('letter.arrearsTitle')}</h2>
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-sm" data-testid="letter-arrears">
              <thead>
                <tr>
                  <th className={th}>{t('household.period')}</th>
                  <th className={th}>{t('household.amount')}</th>
                  <th className={th}>{t('household.paid')}</th>
                  <th className={th}>{t('household.unpaid')}</th>
                  <th className={th}>{t('household.dueDate')}</th>
                  <th className={th}>{t('household.lateFeeCol')}</th>
                </tr>
              </thead>
              <tbody>
                {l.unpaidBills.map((b) => (
                  <tr key={b.id}>
                    <td className={td}>{b.period}</td>
                    <td className={td}>{fmtMoney(b.amountCents)}</td>
                    <td className={td}>{fmtMoney(b.paidCents)}</td>
                    <td className={td}>{fmtMoney(b.unpaidCents)}</td>
                    <td className={td}>{b.dueDate}</td>
                    <td className={td}>{fmtMoney(b.lateFeeCents)}</td>
                  </tr>
                ))}
                <tr className="font-semibold">
                  <td className={td} colSpan={3}>
                    {t('letter.total')}
                  </td>
                  <td className={td}>{fmtMoney(f.owedCents)}</td>
                  <td className={td} />
                  <td className={td}>{fmtMoney(f.lateFeeCents)}</td>
                </tr>
              </tbody>
            </table>
          </div>
        </section>

        <section>
          <h2 className="mb-1 font-semibold">{t('letter.billingTitle')}</h2>
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-sm" data-testid="letter-billing">
              <thead>
                <tr>
                  <th className={th}>{t('household.period')}</th>
                  <th className={th}>{t('household.amount')}</th>
                  <th className={th}>{t('household.paid')}</th>
                  <th className={th}>{t('household.unpaid')}</th>
                </tr>
              </thead>
              <tbody>
                {l.recentBills.map((b) => (
                  <tr key={b.id}>
                    <td className={td}>{b.period}</td>
                    <td className={td}>{fmtMoney(b.amountCents)}</td>
                    <td className={td}>{fmtMoney(b.paidCents)}</td>
                    <td className={td}>{fmtMoney(b.unpaidCents)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {l.payments.length > 0 && (
            <>
              <h3 className="mb-1 mt-3 text-sm font-semibold">{t('letter.paymentsTitle')}</h3>
              <ul className="text-sm">
                {l.payments.map((p) => (
                  <li key={p.id}>
                    {fmtDate(p.paidAt, locale)} · {fmtMoney(p.amountCents)} · {PAYMENT_METHOD_KEY[p.method] ? t(`methods.${PAYMENT_METHOD_KEY[p.method]}` as 'methods.cash') : p.method}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>

        <section>
          <h2 className="mb-1 font-semibold">{t('letter.payTitle')}</h2>
          <ol className="list-decimal pl-6" data-testid="letter-ways-to-pay">
            {(t.raw('letter.pay') as string[]).map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ol>
        </section>
        <p className="indent-8">{t('letter.followUp')}</p>
        <p className="indent-8">{t('letter.closing')}</p>
        <p className="text-right">
          {t('letter.signature', { center: l.centerName })}
          <br />
          {l.on}
        </p>
      </article>
    </div>
  )
}
