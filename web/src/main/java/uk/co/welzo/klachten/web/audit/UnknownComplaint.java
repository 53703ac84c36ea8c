package uk.co.welzo.klachten.web.audit;

/** The record holds no complaint by that id (or no such deadline on it): a 404 page, nothing logged. */
class UnknownComplaint extends RuntimeException {

    UnknownComplaint(String complaintId) {
        super(complaintId);
    }
}
