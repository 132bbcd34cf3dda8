// live.ts — new reports and changes without a reload: a long poll on GET updates?since=SEQ.
// The server answers when its change sequence passes SEQ (or after 15 s); each answer starts the
// next poll. Failures back off (logic.retryDelayMs). stop() ends the loop.
import { get } from './api'
import { retryDelayMs } from './logic'

export function startLive(onChange: (seq: number) => void, initialSeq = 0): { stop: () => void } {
  let seq = initialSeq
  let stopped = false
  let failures = 0
  const ctrl = new AbortController()
  const loop = async () => {
    while (!stopped) {
      try {
        const r = await get<{ seq: number; changed: boolean }>(`/updates?since=${seq}&wait_ms=15000`, ctrl.signal)
        failures = 0
        if (r.changed) {
          seq = r.seq
          onChange(seq)
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
