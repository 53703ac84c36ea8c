/**
 * The retention clock (R8.2): a process, not a read model, like the SLA alarm clock. Its own processing group
 * ({@value uk.co.welzo.klachten.query.automation.retention.RetentionProjection#GROUP}) keeps one small document per
 * ended or held complaint, saying when its personal data is due for erasure, whether a legal hold is in force and
 * whether it is erased; the clock scans those on a schedule and sends each due complaint an idempotent erasure, which
 * the aggregate decides on.
 */
package uk.co.welzo.klachten.query.automation.retention;
