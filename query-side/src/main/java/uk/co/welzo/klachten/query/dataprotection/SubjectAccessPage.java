package uk.co.welzo.klachten.query.dataprotection;

import java.util.List;
import java.util.function.Function;
import org.springframework.web.util.HtmlUtils;
import uk.co.welzo.klachten.api.audit.AccessLogEntry;
import uk.co.welzo.klachten.api.complaint.Complainant;
import uk.co.welzo.klachten.api.complaint.query.InquiryView;
import uk.co.welzo.klachten.api.complaint.query.TimelineEntry;
import uk.co.welzo.klachten.api.correspondence.OutboxItem;
import uk.co.welzo.klachten.api.dataprotection.subject.SubjectAccessExport;
import uk.co.welzo.klachten.api.dataprotection.subject.SubjectComplaintExport;

/**
 * A subject-access export as one self-contained, printable HTML page for the data subject: no scripts, no outside
 * resources, every text escaped (as the auditors' history page).
 */
final class SubjectAccessPage {

    private SubjectAccessPage() {
    }

    static String render(SubjectAccessExport export) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8">
                <title>Personal data held: subject access export</title>
                <style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;width:100%%;margin-bottom:1em}
                td,th{border:1px solid #999;padding:4px;vertical-align:top;text-align:left}
                section{page-break-inside:avoid;margin-bottom:2em}.erased{font-weight:bold}</style></head><body>
                <h1>Personal data held about you</h1>
                <p>Subject access export (UK GDPR article 15) of %d complaint(s), made %s by %s.</p>
                """.formatted(export.complaints().size(), e(String.valueOf(export.exportedAt())), e(export.exportedBy())));
        for (SubjectComplaintExport complaint : export.complaints()) {
            complaint(html, complaint);
        }
        return html.append("</body></html>\n").toString();
    }

    private static void complaint(StringBuilder html, SubjectComplaintExport c) {
        html.append("<section><h2>Complaint ").append(e(c.reference())).append("</h2>\n");
        if (c.personalDataErasedAt() != null) {
            html.append("<p class=\"erased\">Personal data erased on ").append(e(String.valueOf(c.personalDataErasedAt())))
                    .append(" (").append(e(words(c.erasureGround()))).append("): nothing personal is held any more.</p>\n");
        }
        Complainant who = c.complainant();
        html.append("<table><tbody>")
                .append(row("Received", String.valueOf(c.receivedAt())))
                .append(row("Status", words(c.status())))
                .append(row("Category", words(c.category())))
                .append(row("Product", c.product()))
                .append(row("Name", who == null ? null : who.name()))
                .append(row("E-mail", who == null ? null : who.email()))
                .append(row("Phone", who == null ? null : who.phone()))
                .append(row("Postal address", who == null ? null : who.postalAddress()))
                .append(row("Order number", c.orderNumber()))
                .append(row("What you told us", c.description()))
                .append(row("Outcome", words(c.outcome())))
                .append(row("Remedy", c.remedy()))
                .append("</tbody></table>\n");
        table(html, "Communications", List.of("When", "What", "Said"), c.communications(), step());
        table(html, "Notes", List.of("When", "What", "Note"), c.notes(), step());
        table(html, "Questions to departments", List.of("Asked", "Department", "Question", "Answer"),
                c.departmentQuestions(), (InquiryView i) -> List.of(String.valueOf(i.requestedAt()), words(i.department()),
                        nz(i.question()), nz(i.answer())));
        table(html, "Resolutions", List.of("When", "What", "Remedy and review"), c.resolutions(), step());
        table(html, "Letters sent", List.of("Sent", "Letter", "Template"), c.lettersSent(),
                (OutboxItem l) -> List.of(String.valueOf(l.sentAt()), words(l.kind()), nz(l.templateVersion())));
        table(html, "Who read this complaint", List.of("When", "Who", "What"), c.accessLog(),
                (AccessLogEntry a) -> List.of(String.valueOf(a.at()), nz(a.user()), nz(a.endpoint())));
        html.append("</section>\n");
    }

    private static Function<TimelineEntry, List<String>> step() {
        return s -> List.of(String.valueOf(s.occurredAt()), nz(s.summary()), nz(s.text()));
    }

    private static <T> void table(StringBuilder html, String title, List<String> heads, List<T> rows,
                                  Function<T, List<String>> cells) {
        html.append("<h3>").append(e(title)).append("</h3>\n");
        if (rows == null || rows.isEmpty()) {
            html.append("<p>None.</p>\n");
            return;
        }
        html.append("<table><thead><tr>");
        heads.forEach(head -> html.append("<th>").append(e(head)).append("</th>"));
        html.append("</tr></thead><tbody>\n");
        for (T row : rows) {
            html.append("<tr>");
            cells.apply(row).forEach(cell -> html.append("<td>").append(e(cell)).append("</td>"));
            html.append("</tr>\n");
        }
        html.append("</tbody></table>\n");
    }

    private static String row(String label, String value) {
        return "<tr><th>" + e(label) + "</th><td>" + e(value) + "</td></tr>";
    }

    private static String words(Object constant) {
        return constant == null ? "" : constant.toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }

    private static String e(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
