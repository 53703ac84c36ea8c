package uk.co.welzo.klachten.platform.security;

import java.util.List;

/**
 * The URL rules a module contributes for its own controllers, as a bean. {@link SecurityConfiguration} applies every
 * module's rules in bean order, ahead of its last rule (any other request: signed in); a controller's
 * {@code @PreAuthorize} stays as the second line and names the same roles.
 */
@FunctionalInterface
public interface EndpointRules {

    /** Checked in order: the first rule whose method and pattern match decides. */
    List<EndpointRule> rules();
}
