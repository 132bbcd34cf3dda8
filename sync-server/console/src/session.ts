// session.ts — who is logged in (from POST login or GET me), shared by every page.
import { reactive } from 'vue'
import { get, post, setCsrf } from './api'

export interface Staff {
  login: string
  name: string
  role: 'dispatcher' | 'department' | 'leader' | 'admin'
  role_zh: string
  department: string
  grid_id: string
}

export const session = reactive<{ staff: Staff | null; checked: boolean }>({ staff: null, checked: false })

export async function restore(): Promise<boolean> {
  try {
    const me = await get<{ staff: Staff; csrf: string }>('/me')
    session.staff = me.staff
    setCsrf(me.csrf)
  } catch {
    session.staff = null
  }
  session.checked = true
  return session.staff !== null
}

export async function login(name: string, password: string) {
  const r = await post<{ staff: Staff; csrf: string }>('/login', { login: name, password })
  session.staff = r.staff
  setCsrf(r.csrf)
}

export async function logout() {
  try {
    await post('/logout')
  } finally {
    session.staff = null
    setCsrf('')
  }
}

export const can = {
  dispatch: () => session.staff?.role === 'dispatcher',
  admin: () => session.staff?.role === 'admin',
  seeTracks: () => session.staff?.role === 'dispatcher' || session.staff?.role === 'leader',
}
