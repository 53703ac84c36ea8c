package uk.co.welzo.klachten.platform.dataprotection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The data-protection master key (256 bits): it wraps every data subject's key in the key store and derives the blind
 * index's key. It never goes into the key store or the event store: it comes from the environment
 * ({@code KLACHTEN_DATA_PROTECTION_MASTER_KEY}, base64) in the distributed stack, or from a file only this service's
 * user can read in the embedded default ({@code <data-dir>/keys/master.key}, created on first start). Whoever holds a
 * copy of the key store without it holds only wrapped keys.
 */
public final class MasterKey {

    private final byte[] key;

    private MasterKey(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("the data-protection master key is 32 bytes (base64 of 256 bits), not "
                    + key.length);
        }
        this.key = key.clone();
    }

    /** From its base64 form (the environment variable's value). */
    public static MasterKey ofBase64(String base64) {
        return new MasterKey(Base64.getDecoder().decode(base64.trim()));
    }

    /** Read from {@code file}, or created there (owner read/write only) with a fresh random key when it is missing. */
    public static MasterKey fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                Path directory = file.toAbsolutePath().getParent();
                Files.createDirectories(directory);
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                // written whole to a file of its own, then linked in: a service starting at the same moment (the
                // other side, sharing the volume) finds either no key or the whole key, never half of one
                Path written = Files.createTempFile(directory, ".master", ".key");
                try {
                    try {
                        Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rw-------"));
                    } catch (UnsupportedOperationException notPosix) {
                        // a file system without POSIX permissions: the directory's protection is what there is
                    }
                    Files.write(written, Base64.getEncoder().encode(fresh), StandardOpenOption.WRITE,
                            StandardOpenOption.SYNC);
                    Files.createLink(file, written);
                } catch (FileAlreadyExistsException anotherStartWon) {
                    // read what the other start wrote
                } finally {
                    Files.deleteIfExists(written);
                }
            }
            return ofBase64(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the data-protection master key file " + file, e);
        }
    }

    /** A key for one purpose, derived from this one (HMAC-SHA256 of the purpose's name): never the master key itself. */
    public byte[] derive(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("every JVM has HmacSHA256", impossible);
        }
    }

    byte[] bytes() {
        return key.clone();
    }

    @Override
    public String toString() {
        return "MasterKey[hidden]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MasterKey that && Arrays.equals(key, that.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }
}
