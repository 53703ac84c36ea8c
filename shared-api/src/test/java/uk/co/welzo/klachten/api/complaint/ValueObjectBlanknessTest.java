package uk.co.welzo.klachten.api.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.co.welzo.klachten.api.Actor;

/** Names made only of invisible characters are refused by the value objects, with the same meaning of blank as the edge. */
class ValueObjectBlanknessTest {

    @ParameterizedTest
    @ValueSource(strings = {"\u2003", "\u00A0", "\u2028", "\u200B", "\uFEFF", "\u00A0\u200D\u2029"})
    void refusesAComplainantWhoseNameShowsNothing(String name) {
        assertThatThrownBy(() -> new Complainant(name, "ann@example.org", null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a complainant has a name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u2003", "\u00A0", "\u2028", "\u200B"})
    void refusesADepartmentManagerWhoseNameOrDepartmentShowsNothing(String invisible) {
        assertThatThrownBy(() -> new DepartmentManager(invisible, "Warehouse"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DepartmentManager("Sam Manager", invisible))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u2003", "\u00A0", "\u200B"})
    void refusesAnActorWhoseNameShowsNothing(String name) {
        assertThatThrownBy(() -> new Actor(name)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsNamesWithVisibleCharactersAsGiven() {
        assertThat(new Complainant("\u00A0Zoë", null, null, null).name()).isEqualTo("\u00A0Zoë");
        assertThat(new DepartmentManager("Sam", "Warehouse").department()).isEqualTo("Warehouse");
    }
}
