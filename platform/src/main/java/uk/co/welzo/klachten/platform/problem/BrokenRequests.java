package uk.co.welzo.klachten.platform.problem;

import org.springframework.util.ClassUtils;

/**
 * Recognises the servlet container saying the request itself is broken while the application reads it (Tomcat's
 * {@code BadRequestException}: a malformed chunked body, a body cut short). That is the client's fault, a 400, not a
 * 500. Tomcat is looked at only where it is on the classpath.
 */
final class BrokenRequests {

    private static final String TOMCAT_BAD_REQUEST = "org.apache.coyote.BadRequestException";
    private static final Class<?> BAD_REQUEST = ClassUtils.isPresent(TOMCAT_BAD_REQUEST, BrokenRequests.class.getClassLoader())
            ? ClassUtils.resolveClassName(TOMCAT_BAD_REQUEST, BrokenRequests.class.getClassLoader()) : null;

    private BrokenRequests() {
    }

    static boolean isBroken(Throwable failure) {
        return BAD_REQUEST != null && BAD_REQUEST.isInstance(failure);
    }
}
