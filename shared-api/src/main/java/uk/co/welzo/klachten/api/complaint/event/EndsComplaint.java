package uk.co.welzo.klachten.api.complaint.event;

/** Ends the complaint (closed or withdrawn): every deadline still running stops unmet, and nothing follows. */
public interface EndsComplaint {
}
