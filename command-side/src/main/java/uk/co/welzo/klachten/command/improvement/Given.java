package uk.co.welzo.klachten.command.improvement;

import java.util.Arrays;
import uk.co.welzo.klachten.api.Text;
import uk.co.welzo.klachten.api.complaint.Category;
import uk.co.welzo.klachten.api.complaint.Department;
import uk.co.welzo.klachten.api.improvement.ProblemArea;
import uk.co.welzo.klachten.api.improvement.ProblemKind;

/** What an improvement command must give; lacking it is INVALID_INPUT naming the field, blank as the edge means it. */
final class Given {

    private Given() {
    }

    static String text(String field, String value) {
        if (Text.isBlank(value)) {
            throw ImprovementRuleBroken.invalid(field, "must not be blank");
        }
        return value.strip();
    }

    static <T> T value(String field, T value) {
        if (value == null) {
            throw ImprovementRuleBroken.invalid(field, "must be given");
        }
        return value;
    }

    /**
     * A problem the trends can count: a product or root cause as written (stripped), a category or department by its
     * name, so that the effect review finds the complaints the trends count under it.
     */
    static ProblemArea problem(ProblemArea given) {
        ProblemKind kind = value("problem.kind", value("problem", given).kind());
        String value = text("problem.value", given.value());
        Enum<?>[] names = switch (kind) {
            case CATEGORY -> Category.values();
            case DEPARTMENT -> Department.values();
            case PRODUCT, ROOT_CAUSE -> null;
        };
        if (names != null && Arrays.stream(names).noneMatch(name -> name.name().equals(value))) {
            throw ImprovementRuleBroken.invalid("problem.value", "must be one of " + Arrays.toString(names) + " for " + kind);
        }
        return new ProblemArea(kind, value);
    }
}
