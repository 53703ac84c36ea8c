package uk.co.welzo.klachten.api.improvement;

/** What an improvement action is about, named as the trends name the dimensions complaints are counted by (R6.2). */
public enum ProblemKind {
    /** A product complained about; the value is its name, grouped as the trends group it (trimmed, case-folded). */
    PRODUCT,
    /** A root cause found by resolutions (R3.5); grouped like the product. */
    ROOT_CAUSE,
    /** A complaint category (R1.2); the value is the category's name, e.g. {@code PRODUCT_DEFECT}. */
    CATEGORY,
    /** A department asked for input (R3.2); the value is the department's name, e.g. {@code WAREHOUSE_MANAGEMENT}. */
    DEPARTMENT
}
