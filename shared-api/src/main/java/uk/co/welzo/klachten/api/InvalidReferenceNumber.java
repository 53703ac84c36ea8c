package uk.co.welzo.klachten.api;

/** What was typed is not a reference number: wrong length, a character outside the alphabet, or a wrong check character. */
public class InvalidReferenceNumber extends IllegalArgumentException {

    public InvalidReferenceNumber(String typed) {
        super("'" + typed + "' is not a valid reference number (three groups of three characters, the last a check character)");
    }

    public ErrorCode code() {
        return ErrorCode.INVALID_REFERENCE_NUMBER;
    }
}
