/**
 * Automatic acknowledgement on lodging (R2, issue #15): a complaint lodged by the web form or by e-mail, with an e-mail
 * address to write to, is acknowledged the moment the query side sees it lodged, so the acknowledgement letter (the
 * correspondence slice's) goes out well within the 48 hours of R2.1. A process, not a read model: its own processing
 * group ({@value uk.co.welzo.klachten.query.automation.acknowledgement.AutomaticAcknowledgement#GROUP}) keeps no
 * documents and sends {@link uk.co.welzo.klachten.api.complaint.command.AcknowledgeComplaint}, which the aggregate
 * decides on; policy {@code klachten.acknowledgement.automatic} (default on).
 */
package uk.co.welzo.klachten.query.automation.acknowledgement;
