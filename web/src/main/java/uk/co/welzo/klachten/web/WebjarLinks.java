package uk.co.welzo.klachten.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/**
 * Links to webjars get their version ({@code /webjars/htmx.org/dist/htmx.min.js} becomes
 * {@code /webjars/htmx.org/2.x/dist/htmx.min.js}); every other link a page builds is left alone.
 * <p>
 * Spring Boot's own {@link ResourceUrlEncodingFilter}, on because the webjars locator is on the classpath, looks every
 * link of every page up as a static resource: the static pattern {@code /**} matches {@code /console/cases/…} too, so
 * each case link on the queue page and the search page cost a search of the four static locations across every jar
 * in the application, and a miss is not cached. The page benchmark (docs/benchmark.md, "Pages") found half of the
 * pages' CPU there. No version strategy is configured for our own {@code /css} and {@code /js}, so webjars are the only
 * links the resource chain changes; defining this filter makes Boot leave its own out.
 */
@Configuration(proxyBeanMethods = false)
class WebjarLinks {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> webjarLinkEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(new WebjarsOnly());
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    /** Resolves a link through the resource chain only when it points into {@code /webjars/}. */
    static final class WebjarsOnly extends ResourceUrlEncodingFilter {

        private static final String WEBJARS = "/webjars/";

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse page)) {
                throw new ServletException("WebjarsOnly only supports HTTP requests");
            }
            chain.doFilter(request, new HttpServletResponseWrapper(page) {
                @Override
                public String encodeURL(String url) {
                    if (url != null && url.contains(WEBJARS)
                            && http.getAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR)
                            instanceof ResourceUrlProvider links) {
                        String versioned = links.getForRequestUrl(http, url);
                        if (versioned != null) {
                            return super.encodeURL(versioned);
                        }
                    }
                    return super.encodeURL(url);
                }
            });
        }
    }
}
