package uk.co.welzo.klachten.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The order in which a scenario's operations are sent: smooth weighted round-robin (as nginx balances upstreams), so
 * every 100 requests hold exactly each operation's share, spread out rather than in runs, and two runs send the same
 * sequence. Not thread-safe: the generator's one sending thread draws from it.
 */
final class Mix {

    private final List<Operation> operations;
    private final int[] weights;
    private final int[] current;
    private final int total;

    private Mix(List<Operation> operations, int[] weights) {
        this.operations = operations;
        this.weights = weights;
        this.current = new int[weights.length];
        int sum = 0;
        for (int weight : weights) {
            sum += weight;
        }
        this.total = sum;
    }

    static Mix of(String scenario) {
        return switch (scenario) {
            case "lodge" -> lodgeOnly();
            case "mixed" -> mixedDay();
            default -> throw new IllegalArgumentException("--scenario is lodge, mixed or both, not " + scenario);
        };
    }

    static Mix lodgeOnly() {
        return new Mix(List.of(Operation.LODGE), new int[] {1});
    }

    /** A complaint desk's day, in the shares {@link Operation} documents. */
    static Mix mixedDay() {
        List<Operation> operations = new ArrayList<>(List.of(Operation.values()));
        return new Mix(operations, operations.stream().mapToInt(operation -> operation.mixedShare).toArray());
    }

    Operation next() {
        int best = -1;
        for (int i = 0; i < weights.length; i++) {
            current[i] += weights[i];
            if (best < 0 || current[i] > current[best]) {
                best = i;
            }
        }
        current[best] -= total;
        return operations.get(best);
    }

    List<Operation> operations() {
        return operations;
    }

    /** "lodge 9 %, acknowledge 8 %, ..." */
    String describe() {
        return java.util.stream.IntStream.range(0, weights.length)
                .mapToObj(i -> "%s %.0f %%".formatted(operations.get(i).label, 100.0 * weights[i] / total))
                .collect(Collectors.joining(", "));
    }

    Map<Operation, Integer> shares() {
        return java.util.stream.IntStream.range(0, weights.length).boxed()
                .collect(Collectors.toMap(operations::get, i -> weights[i]));
    }
}
