package uk.co.welzo.klachten.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The mixed day sends each operation's share exactly, spread out, and every desk step is rarer than the one before. */
class MixTest {

    @Test
    void everyHundredRequestsHoldEachOperationsShare() {
        Mix mix = Mix.mixedDay();
        for (int round = 0; round < 3; round++) {
            Map<Operation, Integer> sent = new EnumMap<>(Operation.class);
            for (int i = 0; i < 100; i++) {
                sent.merge(mix.next(), 1, Integer::sum);
            }
            for (Operation operation : Operation.values()) {
                assertThat(sent.get(operation)).as(operation.label).isEqualTo(operation.mixedShare);
            }
        }
    }

    @Test
    void sharesAddUpToAHundred() {
        assertThat(Mix.mixedDay().shares().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
    }

    @Test
    void noOperationComesInLongRuns() {
        Mix mix = Mix.mixedDay();
        Operation previous = null;
        int run = 0;
        int longest = 0;
        for (int i = 0; i < 1_000; i++) {
            Operation next = mix.next();
            run = next == previous ? run + 1 : 1;
            longest = Math.max(longest, run);
            previous = next;
        }
        // the case view is 30 %: never more than one in a row from a smooth round-robin
        assertThat(longest).isLessThanOrEqualTo(2);
    }

    @Test
    void eachDeskStepIsNoMoreFrequentThanTheOneThatFeedsIt() {
        for (Operation step = Operation.LODGE; step.next() != null; step = step.next()) {
            assertThat(step.next().mixedShare).as(step.next().label).isLessThanOrEqualTo(step.mixedShare);
        }
    }

    @Test
    void lodgeScenarioOnlyLodges() {
        Mix mix = Mix.lodgeOnly();
        for (int i = 0; i < 10; i++) {
            assertThat(mix.next()).isEqualTo(Operation.LODGE);
        }
    }
}
