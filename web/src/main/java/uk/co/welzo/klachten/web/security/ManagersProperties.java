package uk.co.welzo.klachten.web.security;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code klachten.web.managers.<user name>.*}: the department managers the pages know, by the name they sign in with.
 * The head forwards an escalation to one of them (R4.2), and a manager's view of the cases in review is narrowed to
 * their department. A department is free text, compared without case and surrounding spaces.
 *
 * @param managers by user name; a name with characters other than letters, digits and '-' is written in brackets
 *                 ({@code "[j.smith]"}), as Spring Boot binds map keys
 */
@ConfigurationProperties("klachten.web")
record ManagersProperties(@DefaultValue Map<String, Manager> managers) {

    /** A manager as people read them: a display name and the department whose escalations they review. */
    record Manager(String name, String department) {
    }
}
