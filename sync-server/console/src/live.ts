// live.ts — new reports and changes without a reload: a long poll on GET updates?since=SEQ.
// The server answers when its change sequence passes SEQ (or after up to 15 s); each answer starts
// the next poll. A server that answers at once (gridwork-server serve: the edge's workers are
// few and must not wait) is polled every 2.5 s instead. Failures back off (logic.retryDelayMs). stop() ends the loop.
import { get } from './api'
import { retryDelayMs } from './logic'

const POLL_MS = 2500

export function startLive(onChange: (seq: number) => void, initialSeq = 0): { stop: () => void } {
  let seq = initialSeq
  let stopped = false
  let failures = 0
  const ctrl = new AbortController()
  const loop = async () => {
    while (!stopped) {
      try {
        const started = Date.now()
        const r = await get<{ seq: number; changed: boolean }>(`/updates?since=${seq}&wait_ms=15000`, ctrl.signal)
        failures = 0
        if (r.changed) {
          seq = r.seq
          onChange(seq)
        } else if (Date.now() - started < 1000) {
          // The server does not hold the request (its edge keeps workers free): poll instead.
          await new Promise((res) => setTimeout(res, POLL_MS))
        }
      } catch {
        if (stopped) return
        failures++
        await new Promise((res) => setTimeout(res, retryDelayMs(failures)))
      }
    }
  }
  void loop()
  return {
    stop: () => {
      stopped = true
      ctrl.abort()
    },
  }
}
