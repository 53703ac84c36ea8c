package uk.co.welzo.klachten.web.form;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The forms this browser session has sent, by complaint id, with the reference each got: a form sent again (a reload,
 * a double click, the back button) shows the same confirmation instead of lodging twice, and a confirmation page is
 * shown only to the session that sent its form. No personal data: ids and references only, the last ten.
 */
final class LodgedForms implements Serializable {

    private static final String ATTRIBUTE = LodgedForms.class.getName();
    private static final int REMEMBERED = 10;

    /** The confirmation for one sent form; a decoy is what a bot that filled the honeypot is shown. */
    record Sent(String reference, boolean decoy) implements Serializable {
    }

    private final Map<String, Sent> sent = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Sent> eldest) {
            return size() > REMEMBERED;
        }
    };

    static LodgedForms in(HttpSession session) {
        synchronized (session) {
            LodgedForms forms = (LodgedForms) session.getAttribute(ATTRIBUTE);
            if (forms == null) {
                forms = new LodgedForms();
                session.setAttribute(ATTRIBUTE, forms);
            }
            return forms;
        }
    }

    synchronized Optional<Sent> find(String complaintId) {
        return Optional.ofNullable(sent.get(complaintId));
    }

    synchronized void remember(String complaintId, Sent confirmation) {
        sent.put(complaintId, confirmation);
    }
}
