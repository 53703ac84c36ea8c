package uk.co.welzo.klachten.platform.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.apache.catalina.Host;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.MDC;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import uk.co.welzo.klachten.platform.correlation.CorrelationId;

/**
 * Problem details for the answers given outside the controllers: by Tomcat before the application sees the request,
 * by Spring Security's firewall, and for a client that asks for XML or sends it. {@link ProblemErrorController}
 * answers the container's error page.
 */
@Configuration(proxyBeanMethods = false)
public class ErrorPages {

    /**
     * Spring Security's firewall refuses an encoded slash, {@code ..}, {@code ;} or a control character in the path;
     * its default answer goes through the container's error page, which the same firewall can refuse again.
     */
    @Bean
    RequestRejectedHandler problemForRejectedRequests(ObjectMapper json) {
        return (request, response, rejected) -> {
            ProblemDetail problem = Problems.forStatus(HttpStatus.BAD_REQUEST, "The request was refused: its path, "
                    + "parameters or headers hold something the service does not accept (such as an encoded slash, "
                    + "'..', ';' or a control character).");
            Refusals.log(request.getMethod(), request.getRequestURI(), problem, MDC.get(CorrelationId.MDC_KEY));
            ProblemOutput.write(json, request, response, problem);
        };
    }

    /**
     * The API speaks JSON only. Jollyday (the holiday calendars) brings Jackson's XML module, and with it Spring
     * MVC would read XML bodies past the strict JSON rules and try, and fail, to write problem details as XML. Without
     * the XML converters an XML body is a 415 and an {@code Accept} of XML alone a 406, both as problem+json.
     */
    @Bean
    WebMvcConfigurer jsonOnly() {
        return new WebMvcConfigurer() {
            @Override
            public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
                converters.removeIf(ErrorPages::speaksXml);
            }
        };
    }

    /**
     * A Content-Type of {@code *}{@code /*} or {@code application/*} names no format; Spring MVC's request wrapper
     * refuses it with an IllegalArgumentException, which would be a 500. Refused as 415 before any argument is read.
     */
    @Bean
    WebMvcConfigurer noWildcardContentType() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                            throws HttpMediaTypeNotSupportedException {
                        String given = request.getContentType();
                        if (given == null) {
                            return true;
                        }
                        MediaType type;
                        try {
                            type = MediaType.parseMediaType(given);
                        } catch (InvalidMediaTypeException unparseable) {
                            return true; // Spring MVC answers it 415 itself
                        }
                        if (type.isWildcardType() || type.isWildcardSubtype()) {
                            throw new HttpMediaTypeNotSupportedException(
                                    "Content-Type '" + type + "' names no format; send application/json.");
                        }
                        return true;
                    }
                });
            }
        };
    }

    /** Names XML itself: the byte, string and resource converters, which take any type, stay. */
    private static boolean speaksXml(HttpMessageConverter<?> converter) {
        return converter.getSupportedMediaTypes().stream().anyMatch(type ->
                type.getSubtype().equals("xml") || type.getSubtype().endsWith("+xml"));
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Tomcat.class)
    static class TomcatErrorReports {

        /** Runs after Boot's own customizer, which installs Tomcat's HTML error report on the host. */
        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReport(ObjectMapper json) {
            return new ProblemErrorReport(json);
        }
    }

    private record ProblemErrorReport(ObjectMapper json)
            implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                Host host = (Host) context.getParent();
                Pipeline pipeline = host.getPipeline();
                for (Valve valve : pipeline.getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        pipeline.removeValve(valve);
                    }
                }
                pipeline.addValve(new ProblemReportValve(json));
                if (host instanceof StandardHost standard) {
                    // the host adds a valve of this class when it starts unless it has one already
                    standard.setErrorReportValveClass(ProblemReportValve.class.getName());
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
