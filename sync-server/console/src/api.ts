// api.ts — the console's calls to /api/console/v1/: JSON, the session cookie (sent by the
// browser), the CSRF token on every POST, errors as ApiError with the server's Chinese message.
export const API = '/api/console/v1'

export class ApiError extends Error {
  constructor(
    public status: number,
    public code: string,
    message: string,
  ) {
    super(message)
  }
}

let csrf = ''
let onUnauthenticated: () => void = () => {}

export function setCsrf(token: string) {
  csrf = token
}
export function setUnauthenticatedHandler(fn: () => void) {
  onUnauthenticated = fn
}

async function call<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (method !== 'GET') {
    headers['Content-Type'] = 'application/json'
    headers['X-CSRF-Token'] = csrf
  }
  const res = await fetch(API + path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
    signal,
  })
  const text = await res.text()
  let data: any = null
  try {
    data = text ? JSON.parse(text) : null
  } catch {
    data = null
  }
  if (!res.ok) {
    const e = data?.error ?? {}
    if (res.status === 401 && !path.startsWith('/login') && path !== '/me') onUnauthenticated()
    throw new ApiError(res.status, e.code ?? 'Unknown', e.message ?? `请求失败（${res.status}）`)
  }
  return data as T
}

export const get = <T>(path: string, signal?: AbortSignal) => call<T>('GET', path, undefined, signal)
export const post = <T>(path: string, body: unknown = {}) => call<T>('POST', path, body)
