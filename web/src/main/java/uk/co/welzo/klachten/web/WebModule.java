package uk.co.welzo.klachten.web;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * The pages' one entry point: import it by name ({@code @Import(WebModule.class)}) to add the public complaint form,
 * the sign-in pages and the staff console to an application that has Axon's gateways and the platform.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = WebModule.class)
public class WebModule {
}
