package uk.co.welzo.klachten.web.admin;

import uk.co.welzo.klachten.api.admin.ReplayStatusView;

/**
 * A processor as the operators' page shows it: its status and the events it still has to take in, counted as the
 * query side's {@code klachten.processor.lag} gauge counts them (head minus the lowest position its segments hold).
 */
record ProcessorRow(ReplayStatusView status, long lag) {

    static ProcessorRow of(ReplayStatusView status) {
        Long head = status.headPosition();
        Long position = status.position();
        long lag = head == null ? 0 : Math.max(0, head - (position == null ? -1 : position));
        return new ProcessorRow(status, lag);
    }

    public int percent() {
        return status.percent() == null ? 0 : status.percent();
    }
}
