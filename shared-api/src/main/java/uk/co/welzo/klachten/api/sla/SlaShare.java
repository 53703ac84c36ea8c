package uk.co.welzo.klachten.api.sla;

/** How many decided obligations were met in time, out of how many were decided; the share is null when none was. */
public record SlaShare(
        long met,
        long decided,
        Double share) {

    public static SlaShare of(long met, long decided) {
        return new SlaShare(met, decided, decided == 0 ? null : Math.round(met * 10_000.0 / decided) / 10_000.0);
    }
}
