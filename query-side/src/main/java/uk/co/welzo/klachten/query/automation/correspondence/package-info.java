/**
 * Correspondence (issue #15), first slice: the letters the procedure promises, as templates, and a preview of each for
 * one complaint. {@link uk.co.welzo.klachten.query.automation.correspondence.LetterTemplates} writes a letter from a
 * {@link uk.co.welzo.klachten.api.complaint.query.ComplaintView} and the part staff write; the preview answers
 * {@link uk.co.welzo.klachten.api.correspondence.PreviewLetter} with it, and the sender that comes next (outbox, SMTP,
 * PDF) writes what it sends with the same templates. Nothing here sends anything yet.
 */
package uk.co.welzo.klachten.query.automation.correspondence;
