package uk.co.welzo.klachten.api.admin;

import uk.co.welzo.klachten.api.Actor;

/**
 * An operator asks the query side to rebuild one read model ({@code group}, a processing group) or all of them
 * ({@code "all"}) from the events, wiping it first. An operator request to the query side's own processors, not a
 * domain command: no aggregate hears it and no event records it. Sent with the query gateway, answered with the
 * groups' {@link ReplayStatusView}s once the replays have started.
 */
public record StartReplay(String group, Actor actor) {
}
