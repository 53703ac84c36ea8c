package uk.co.welzo.klachten.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A complaint goes through the desk's steps in order, one command at a time, oldest first. */
class DeskTest {

    private final Desk desk = new Desk();

    @Test
    void lodgedComplaintWaitsForAcknowledgementThenAssignmentThenCallThenResolution() {
        desk.done(Operation.LODGE, "a", 0);

        assertThat(desk.take(Operation.ASSIGN)).isNull();
        assertThat(desk.take(Operation.ACKNOWLEDGE)).isEqualTo("a");
        assertThat(desk.take(Operation.ACKNOWLEDGE)).as("taken while its command is under way").isNull();
        desk.done(Operation.ACKNOWLEDGE, "a", 1);
        assertThat(desk.take(Operation.ASSIGN)).isEqualTo("a");
        desk.done(Operation.ASSIGN, "a", 2);
        assertThat(desk.take(Operation.CALL)).isEqualTo("a");
        desk.done(Operation.CALL, "a", 3);
        assertThat(desk.take(Operation.RESOLVE)).isEqualTo("a");
        desk.done(Operation.RESOLVE, "a", 4);
        assertThat(desk.waitingFor(Operation.ACKNOWLEDGE) + desk.waitingFor(Operation.ASSIGN)
                + desk.waitingFor(Operation.CALL) + desk.waitingFor(Operation.RESOLVE)).isZero();
    }

    @Test
    void oldestComplaintIsTakenFirst() {
        desk.done(Operation.LODGE, "first", 0);
        desk.done(Operation.LODGE, "second", 1);

        assertThat(desk.take(Operation.ACKNOWLEDGE)).isEqualTo("first");
    }

    @Test
    void onlyComplaintsLodgedLongEnoughAgoAreRead() {
        desk.done(Operation.LODGE, "old", 0);
        desk.done(Operation.LODGE, "new", Desk.SETTLED);

        assertThat(desk.settled(Desk.SETTLED - 1)).isNull();
        for (int i = 0; i < 20; i++) {
            assertThat(desk.settled(Desk.SETTLED + 1)).isEqualTo("old");
        }
        assertThat(desk.settled(2 * Desk.SETTLED)).isIn("old", "new");
    }
}
