package uk.co.welzo.klachten.api.trends;

/** What complaints are counted by in the trends (R6.2); none of them is personal data (R8.1). */
public enum TrendDimension {
    /** The current category, after any recategorisation (R1.2). */
    CATEGORY,
    /** The channel the complaint came in by (R1.3). */
    CHANNEL,
    /** The product complained about, normalised: trimmed and case-folded. */
    PRODUCT,
    /** Each department asked for input, once per complaint (R3.2). */
    DEPARTMENT,
    /** The root cause of the final resolution, normalised like the product (R3.5). */
    ROOT_CAUSE,
    /** The final outcome: stage 2's if the complaint was escalated and resolved again (R3.5, R4.5). */
    OUTCOME
}
