package uk.co.welzo.klachten.query.automation.correspondence;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds who gets which notice ({@link StaffDirectory}, {@code klachten.notifications.*}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StaffDirectory.class)
class CorrespondenceConfiguration {
}
