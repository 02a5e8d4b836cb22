import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { requireRole } from '@/lib/auth/actor'
import { FEE_IMPORTERS } from '@/lib/server/fees/access'
import { buttonClass } from '@/components/ui/button'
import { Card } from '@/components/ui/card'
import { PageHeader } from '@/components/ui/page-header'
import { FeeImportForm } from '@/components/fees/fee-import-form'
import { importFeesAction } from './actions'

export async function generateMetadata() {
  return { title: (await getTranslations('fees'))('import.title') }
}

export default async function FeeImportPage() {
  await requireRole(...FEE_IMPORTERS)
  const t = await getTranslations('fees')
  return (
    <div className="space-y-4">
      <PageHeader
        title={t('import.title')}
        subtitle={t('import.subtitle')}
        actions={
          <>
            {/* Plain links: file downloads from route handlers. */}
            <a href="/api/fees/template?kind=bills" download className={buttonClass('secondary')}>
              {t('import.templateBills')}
            </a>
            <a href="/api/fees/template?kind=payments" download className={buttonClass('secondary')}>
              {t('import.templatePayments')}
            </a>
            <Link href="/fees" className={buttonClass('ghost')}>
              {t('title')}
            </Link>
          </>
        }
      />
      <Card title={t('import.rulesTitle')}>
        <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
          {(['bills', 'payments', 'check', 'audit'] as const).map((k) => (
            <li key={k}>{t(`import.rules.${k}`)}</li>
          ))}
        </ul>
      </Card>
      <FeeImportForm action={importFeesAction} />
    </div>
  )
}
