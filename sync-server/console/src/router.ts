import { createRouter, createWebHashHistory } from 'vue-router'
import { session, restore } from './session'
import { setUnauthenticatedHandler } from './api'
import LoginPage from './views/LoginPage.vue'
import QueuePage from './views/QueuePage.vue'
import ReportPage from './views/ReportPage.vue'
import MapPage from './views/MapPage.vue'
import StatsPage from './views/StatsPage.vue'
import TasksPage from './views/TasksPage.vue'
import LedgerPage from './views/LedgerPage.vue'
import WorkersPage from './views/WorkersPage.vue'
import AuditPage from './views/AuditPage.vue'
import EmergencyPage from './views/EmergencyPage.vue'

export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/login', component: LoginPage, meta: { public: true } },
    { path: '/', redirect: '/reports' },
    { path: '/reports', component: QueuePage, meta: { title: '事件工单' } },
    { path: '/reports/:number', component: ReportPage, meta: { title: '工单详情' } },
    { path: '/map', component: MapPage, meta: { title: '一张图' } },
    { path: '/emergency', component: EmergencyPage, meta: { title: '应急指挥' } },
    { path: '/stats', component: StatsPage, meta: { title: '统计' } },
    { path: '/tasks', component: TasksPage, meta: { title: '指令核查' } },
    { path: '/ledger', component: LedgerPage, meta: { title: '台账' } },
    { path: '/workers', component: WorkersPage, meta: { title: '网格员与设备' } },
    { path: '/audit', component: AuditPage, meta: { title: '审计日志' } },
  ],
})

router.beforeEach(async (to) => {
  if (!session.checked) await restore()
  if (!to.meta.public && !session.staff) return { path: '/login', query: { next: to.fullPath } }
  if (to.path === '/login' && session.staff) return '/reports'
  return true
})

setUnauthenticatedHandler(() => {
  session.staff = null
  if (router.currentRoute.value.path !== '/login') void router.push({ path: '/login', query: { expired: '1' } })
})
