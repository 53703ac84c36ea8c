/**
 * Correspondence (issue #15): the letters the procedure promises, as templates, and a preview of each for one
 * complaint; the outbox and its sender. {@link uk.co.welzo.klachten.query.automation.correspondence.LetterTemplates}
 * writes a letter from a {@link uk.co.welzo.klachten.api.complaint.query.ComplaintView} and the part staff write; the
 * preview answers {@link uk.co.welzo.klachten.api.correspondence.PreviewLetter} with it. The processing group
 * {@value uk.co.welzo.klachten.query.automation.correspondence.CorrespondenceProcess#GROUP} records the letters events
 * call for in the outbox (acknowledgement, withdrawal confirmation so far), never on a replay; the
 * {@link uk.co.welzo.klachten.query.automation.correspondence.LetterSender} e-mails each once when a mail server is
 * configured and records it on the complaint; the
 * {@link uk.co.welzo.klachten.query.automation.correspondence.PostRoom} prints a letter for the post, marks it posted
 * and sends a parked letter again.
 */
package uk.co.welzo.klachten.query.automation.correspondence;
