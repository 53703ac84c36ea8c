package uk.co.welzo.klachten.api.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.co.welzo.klachten.api.Actor;
import uk.co.welzo.klachten.api.Text;

/**
 * Value objects that events carry refuse what earlier releases refused and no more, so every stored event reads
 * back; names that show nothing ({@link Text#isBlank}) are refused before they are stored, by the edge and the
 * aggregate (CommandApiTest, LodgingTest, EscalationTest).
 */
class ValueObjectBlanknessTest {

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u2003", "\u2028", "\t\n"})
    void refusesAComplainantWithoutAName(String name) {
        assertThatThrownBy(() -> new Complainant(name, "ann@example.org", null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a complainant has a name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u00A0", "\u200B", "\uFEFF"})
    void readsANameThatShowsNothingAsAnEarlierReleaseStoredIt(String invisible) {
        assertThat(Text.isBlank(invisible)).isTrue();
        assertThat(new Complainant(invisible, null, null, null).name()).isEqualTo(invisible);
        assertThat(new DepartmentManager(invisible, invisible).name()).isEqualTo(invisible);
        assertThat(new Actor(invisible).name()).isEqualTo(invisible);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\u2003", "\u2028"})
    void refusesADepartmentManagerWithoutNameOrDepartment(String blank) {
        assertThatThrownBy(() -> new DepartmentManager(blank, "Warehouse"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DepartmentManager("Sam Manager", blank))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\u2003"})
    void refusesAnActorWithoutAName(String name) {
        assertThatThrownBy(() -> new Actor(name)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsNamesWithVisibleCharactersAsGiven() {
        assertThat(new Complainant("\u00A0Zoë", null, null, null).name()).isEqualTo("\u00A0Zoë");
        assertThat(new DepartmentManager("Sam", "Warehouse").department()).isEqualTo("Warehouse");
    }
}
