package uk.co.welzo.klachten.web.security;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import uk.co.welzo.klachten.platform.security.Roles;

/** Who is signed in, for the pages: the name and the roles as message keys ({@code role.AGENT}). */
public record SignedInPerson(String name, List<String> roleKeys) {

    public static SignedInPerson of(Authentication who) {
        return new SignedInPerson(who.getName(), roles(who).stream().map(role -> "role." + role).toList());
    }

    /** The person's roles by name ({@code AGENT}), only those the service knows. */
    public static List<String> roles(Authentication who) {
        return who.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(Roles.AUTHORITY_PREFIX))
                .map(authority -> authority.substring(Roles.AUTHORITY_PREFIX.length()))
                .filter(Roles.ALL::contains)
                .toList();
    }
}
