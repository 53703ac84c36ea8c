package uk.co.welzo.klachten.benchmark;

/** Who sends a request in the load benchmark: a demo user in {@code demo} mode, a token with that one role in {@code jwt}. */
enum Caller {

    INTAKE("intake", "INTAKE"),
    AGENT("agent", "AGENT"),
    ANALYST("analyst", "ANALYST"),
    ADMIN("admin", "ADMIN");

    final String user;
    /** As {@code platform}'s {@code Roles} names it, and as a token's {@code roles} claim carries it. */
    final String role;

    Caller(String user, String role) {
        this.user = user;
        this.role = role;
    }
}
