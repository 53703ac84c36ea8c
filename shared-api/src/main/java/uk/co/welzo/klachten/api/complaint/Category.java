package uk.co.welzo.klachten.api.complaint;

/** What the complaint is about (R1.2). */
public enum Category {
    /** The service we provide. */
    SERVICE,
    /** A billing or payment dispute. */
    BILLING_AND_PAYMENT,
    /** A defective product. */
    PRODUCT_DEFECT,
    /** How we communicated. */
    COMMUNICATION,
    /** An interaction with customer service. */
    CUSTOMER_SERVICE,
    /** Anything else. */
    OTHER
}
