package uk.co.welzo.klachten.platform.dataprotection;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A blind index (R8.2): a keyed HMAC-SHA256 of a normalised personal value (an e-mail address, a phone number, a name),
 * so that a person's complaints can be found by what identifies them without keeping that value in clear or
 * decrypting anything. The key is derived from the data-protection master key ({@link MasterKey}); without it the
 * index entries are unlinkable to people, and a guess cannot be tested against them.
 */
public final class BlindIndex {

    private final byte[] key;

    public BlindIndex(MasterKey master) {
        this.key = master.derive("klachten/blind-index/v1");
    }

    /** The index entry for {@code normalisedValue} of {@code kind} ("email", "phone", "name"): hex, 64 characters. */
    public String of(String kind, String normalisedValue) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(kind.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(normalisedValue.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("every JVM has HmacSHA256", impossible);
        }
    }
}
