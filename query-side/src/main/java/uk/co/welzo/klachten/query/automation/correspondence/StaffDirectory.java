package uk.co.welzo.klachten.query.automation.correspondence;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import uk.co.welzo.klachten.api.Text;

/**
 * Who gets which notice ({@code klachten.notifications.*}): the notices sent ({@code notices}, all by default), the
 * head of customer service's user name ({@code head}), each member of staff's e-mail address and display name by user
 * name ({@code staff}), and the console's address for the link in each notice ({@code console-url}). A notice for
 * someone without an address is parked with a reason an operator can act on.
 */
@ConfigurationProperties("klachten.notifications")
record StaffDirectory(
        @DefaultValue({"ASSIGNED", "DEPARTMENT_ANSWERED", "WARNING", "BREACH", "ESCALATED", "FORWARDED"}) Set<Notice> notices,
        @DefaultValue("head") String head,
        @DefaultValue Map<String, Person> staff,
        @DefaultValue("http://localhost:8080") String consoleUrl) {

    StaffDirectory {
        notices = notices.isEmpty() ? EnumSet.noneOf(Notice.class) : EnumSet.copyOf(notices);
        staff = Map.copyOf(staff);
    }

    /** A member of staff: where notices go, and the name a manager is forwarded escalations under. */
    record Person(String email, String name) {
    }

    boolean sends(Notice notice) {
        return notices.contains(notice);
    }

    /** The user whose display name {@code name} is (a manager an escalation is forwarded to), else {@code name}. */
    String userNamed(String name) {
        if (name == null || staff.containsKey(name)) {
            return name;
        }
        return staff.entrySet().stream().filter(person -> name.equals(person.getValue().name())).map(Map.Entry::getKey)
                .findFirst().orElse(name);
    }

    /** The address of the user {@code name}, or of the member of staff whose display name it is (a forwarded manager). */
    Optional<String> address(String name) {
        if (!Text.hasText(name)) {
            return Optional.empty();
        }
        Person byUser = staff.get(name.strip());
        if (byUser != null) {
            return Optional.ofNullable(byUser.email()).filter(Text::hasText);
        }
        return staff.values().stream().filter(person -> name.strip().equals(person.name()))
                .map(Person::email).filter(Text::hasText).findFirst();
    }
}
