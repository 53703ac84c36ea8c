package uk.co.welzo.klachten.api;

/** What was typed is not a reference number: wrong length, a character outside the alphabet, or a wrong check character. */
public class InvalidReferenceNumber extends IllegalArgumentException {

    public InvalidReferenceNumber(String typed) {
        super(ErrorCode.INVALID_REFERENCE_NUMBER.sentence(typed));
    }

    public ErrorCode code() {
        return ErrorCode.INVALID_REFERENCE_NUMBER;
    }
}
