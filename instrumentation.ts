// Runs once per server process (see instrumentation-node.ts); errors are logged with their reference id.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') await import('./instrumentation-node')
}

export async function onRequestError(error: unknown, request: { path: string; method: string }) {
  const e = error as Error & { digest?: string }
  console.error(`[管家台] error ref=${e.digest ?? 'none'} ${request.method} ${request.path}: ${e.message}`)
}
