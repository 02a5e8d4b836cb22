// Each namespace is one file per locale (messages/<locale>/<namespace>.json), so features own their texts.
export const NAMESPACES = ['app', 'roles', 'nav', 'login', 'common', 'home', 'errors', 'rules', 'complaints', 'notifications', 'households', 'visits', 'imports', 'plans', 'repairs', 'fees'] as const
