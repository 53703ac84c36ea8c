package uk.co.welzo.klachten.api.complaint;

/** Who can be asked for input during investigation (R3.2). */
public enum Department {
    /** An external supplier. */
    EXTERNAL_SUPPLIER,
    /** Warehouse management. */
    WAREHOUSE_MANAGEMENT,
    /** A testing laboratory. */
    TESTING_LABORATORY,
    /** The pharmacy team. */
    PHARMACY,
    /** The delivery or courier partner. */
    DELIVERY,
    /** Finance. */
    FINANCE,
    /** Another department. */
    OTHER
}
