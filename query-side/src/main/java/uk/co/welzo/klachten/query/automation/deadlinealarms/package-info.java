/**
 * The SLA alarm clock: a process, not a read model, and the one place the query side sends commands. Its own
 * processing group ({@value uk.co.welzo.klachten.query.automation.deadlinealarms.DeadlineAlarmProjection#GROUP})
 * keeps one small document per complaint with an alert still to come; the clock scans those every few seconds and
 * sends each complaint an idempotent warning or breach command, which the aggregate decides on.
 */
package uk.co.welzo.klachten.query.automation.deadlinealarms;
