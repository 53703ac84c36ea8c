package uk.co.welzo.klachten.platform.dataprotection;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The data-protection master key and what is derived from it. {@code klachten.data-protection.master-key} (base64 of
 * 256 bits, from the environment) wins; without it the key is read from, or created in,
 * {@code klachten.data-protection.master-key-file} (default {@code <data-dir>/keys/master.key}), the embedded default.
 */
@Configuration(proxyBeanMethods = false)
public class DataProtectionKeysConfiguration {

    @Bean
    public MasterKey dataProtectionMasterKey(
            @Value("${klachten.data-protection.master-key:}") String base64,
            @Value("${klachten.data-protection.master-key-file:${klachten.data-dir:./data}/keys/master.key}") Path file) {
        return base64.isBlank() ? MasterKey.fromFile(file) : MasterKey.ofBase64(base64);
    }

    @Bean
    public BlindIndex blindIndex(MasterKey dataProtectionMasterKey) {
        return new BlindIndex(dataProtectionMasterKey);
    }
}
